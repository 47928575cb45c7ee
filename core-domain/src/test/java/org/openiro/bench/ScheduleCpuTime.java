package org.openiro.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.openiro.authority.Policy;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.reviews.ReviewSchedule;

/**
 * The {@code schedule} benchmark's children a second of the thread's own CPU time rather than of the clock: on a
 * machine others share, JMH's figure (wall-clock) measures how much of a core the benchmark was given as much as the
 * code, while CPU time stays near what the code costs. Not a JMH benchmark: 100,000 children's schedules computed in
 * rounds, the first {@code warm-up} not counted, then the median and best of the measured rounds. For comparing two
 * versions of the schedule on a busy machine; the figure held against the target remains JMH's.
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
        Policy policy = Policy.statutory();
        List<ChildHistories.History> histories = new ChildHistories(ScheduleBenchmark.SEED, ScheduleBenchmark.TODAY)
                .generate(ScheduleBenchmark.CHILDREN);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] perSecond = new double[rounds];
        long sink = 0;
        for (int round = -warmup; round < rounds; round++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (ChildHistories.History h : histories) {
                sink += schedule.compute(policy, h.child(), h.reviews(), h.directions()).next().isPresent() ? 1 : 0;
            }
            if (round >= 0) {
                perSecond[round] = histories.size() / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
            }
        }
        Arrays.sort(perSecond);
        System.out.printf("%nschedule, CPU time: median %,.0f children per CPU-second, best %,.0f, worst %,.0f"
                + " (%d rounds of %,d children after %d not counted; %d next reviews)%n", perSecond[rounds / 2],
                perSecond[rounds - 1], perSecond[0], rounds, histories.size(), warmup, sink / (warmup + rounds));
    }
}
