package org.openiro.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.openiro.authority.Policy;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.reviews.ReviewScheduleBefore;

/**
 * The {@code schedule} benchmark's children a second of the thread's own CPU time rather than of the clock: on a
 * machine others share, JMH's figure (wall-clock) measures how much of a core the benchmark was given as much as the
 * code, while CPU time stays near what the code costs. Not a JMH benchmark: 100,000 children's schedules computed in
 * rounds, the first {@code warm-up} not counted, then the median and best of the measured rounds, each round of the
 * schedule followed by one of the schedule as it was before issue 23 ({@code ReviewScheduleBefore}), the same-run
 * baseline. For comparing the two on a busy machine; the figure held against the target remains JMH's.
 *
 * <p>{@code ./mvnw -B -pl core-domain -Pbench test-compile exec:exec -Dbench=schedule-cpu}
 */
public final class ScheduleCpuTime {

    private ScheduleCpuTime() {
    }

    public static void main(String[] args) {
        int warmup = Integer.getInteger("bench.cpuWarmup", 15);
        int rounds = Integer.getInteger("bench.cpuRounds", 10);
        ReviewSchedule schedule = new ReviewSchedule(BankHolidayCalendar.englandAndWales());
        ReviewScheduleBefore before = new ReviewScheduleBefore(BankHolidayCalendar.englandAndWales());
        Policy policy = Policy.statutory();
        List<ChildHistories.History> histories = new ChildHistories(ScheduleBenchmark.SEED, ScheduleBenchmark.TODAY)
                .generate(ScheduleBenchmark.CHILDREN);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] now = new double[rounds];
        double[] then = new double[rounds];
        long sink = 0;
        // Rounds of each in turn, so that both meet the same load on a shared machine.
        for (int round = -warmup; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (ChildHistories.History h : histories) {
                sink += schedule.compute(policy, h.child(), h.reviews(), h.directions()).next().isPresent() ? 1 : 0;
            }
            long between = threads.getCurrentThreadCpuTime();
            for (ChildHistories.History h : histories) {
                sink += before.compute(policy, h.child(), h.reviews(), h.directions()).next().isPresent() ? 1 : 0;
            }
            if (round >= 0) {
                now[round] = histories.size() / ((between - cpu) / 1e9);
                then[round] = histories.size() / ((threads.getCurrentThreadCpuTime() - between) / 1e9);
            }
        }
        double[] ratio = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ratio[i] = now[i] / then[i];
        }
        Arrays.sort(now);
        Arrays.sort(then);
        Arrays.sort(ratio);
        System.out.printf("%nschedule, CPU time (%d rounds of %,d children each, in turn, after %d not counted; %d):%n"
                + "  now:    median %,.0f children per CPU-second (best %,.0f)%n"
                + "  before: median %,.0f children per CPU-second (best %,.0f), ReviewScheduleBefore%n"
                + "  ratio now / before, round by round: median %.2f (from %.2f to %.2f)%n", rounds, histories.size(),
                warmup, sink % 10, now[rounds / 2], now[rounds - 1], then[rounds / 2], then[rounds - 1],
                ratio[rounds / 2], ratio[0], ratio[rounds - 1]);
    }
}
