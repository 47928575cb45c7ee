package org.openiro.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.reviews.ReviewHistory;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.reviews.ReviewScheduleBefore;

/**
 * The {@code schedule} benchmark's children a second of the thread's own CPU time rather than of the clock: on a
 * machine others share, JMH's figure (wall-clock) measures how much of a core the benchmark was given as much as the
 * code, while CPU time stays near what the code costs. Not a JMH benchmark: 100,000 children's schedules computed in
 * rounds, the first {@code warm-up} not counted, then the median and best of the measured rounds. Each round computes,
 * in turn so that all meet the same load:
 * <ul>
 *   <li>now: the schedule from the domain's objects ({@code compute(policies, child, reviews, directions)}, the
 *       authority's policy history made once, as the service holds it), which lays each child's history out
 *       ({@link ReviewHistory}) and then computes: everything done for a child whose history changed;</li>
 *   <li>before: the schedule as it was before issue 23 ({@code ReviewScheduleBefore}), the same-run baseline;</li>
 *   <li>laid out: the schedule alone, from histories laid out beforehand (kept while they do not change);</li>
 *   <li>layout: laying the histories out alone, the part of "now" that "laid out" leaves out.</li>
 * </ul>
 * Then the same four on the first 50 children only, round after round, so that their histories stay in the CPU's
 * caches, as a history just read for a change is: what memory costs the figures above.
 *
 * <p>{@code ./mvnw -B -pl core-domain -Pbench test-compile exec:exec -Dbench=schedule-cpu}
 */
public final class ScheduleCpuTime {

    private static final int CACHED = 50;

    private ScheduleCpuTime() {
    }

    private interface Pass {
        long run(int children);
    }

    public static void main(String[] args) {
        int warmup = Integer.getInteger("bench.cpuWarmup", 15);
        int rounds = Integer.getInteger("bench.cpuRounds", 10);
        ReviewSchedule schedule = new ReviewSchedule(BankHolidayCalendar.englandAndWales());
        ReviewScheduleBefore before = new ReviewScheduleBefore(BankHolidayCalendar.englandAndWales());
        Policy policy = Policy.statutory();
        PolicyHistory policies = PolicyHistory.of(policy);
        List<ChildHistories.History> histories = new ChildHistories(ScheduleBenchmark.SEED, ScheduleBenchmark.TODAY)
                .generate(ScheduleBenchmark.CHILDREN);
        ReviewHistory[] laidOut = new ReviewHistory[histories.size()];
        for (int i = 0; i < laidOut.length; i++) {
            ChildHistories.History h = histories.get(i);
            laidOut[i] = schedule.history(h.child(), h.reviews(), h.directions());
        }
        Pass now = children -> {
            long sink = 0;
            for (int i = 0; i < children; i++) {
                ChildHistories.History h = histories.get(i);
                sink += schedule.compute(policies, h.child(), h.reviews(), h.directions()).next().isPresent() ? 1 : 0;
            }
            return sink;
        };
        Pass then = children -> {
            long sink = 0;
            for (int i = 0; i < children; i++) {
                ChildHistories.History h = histories.get(i);
                sink += before.compute(policy, h.child(), h.reviews(), h.directions()).next().isPresent() ? 1 : 0;
            }
            return sink;
        };
        Pass alone = children -> {
            long sink = 0;
            for (int i = 0; i < children; i++) {
                sink += schedule.compute(policies, laidOut[i]).next().isPresent() ? 1 : 0;
            }
            return sink;
        };
        Pass layout = children -> {
            long sink = 0;
            for (int i = 0; i < children; i++) {
                ChildHistories.History h = histories.get(i);
                sink += schedule.history(h.child(), h.reviews(), h.directions()).hashCode() & 1;
            }
            return sink;
        };
        System.out.printf("%nschedule, CPU time: %d rounds of %,d children each, in turn, after %d not counted%n",
                rounds, histories.size(), warmup);
        report(measure(new Pass[] {now, then, alone, layout}, histories.size(), 1, warmup, rounds));
        int repeat = histories.size() / CACHED;
        System.out.printf("%nthe first %d children only (in the CPU's caches), %,d times a round:%n", CACHED, repeat);
        report(measure(new Pass[] {now, then, alone, layout}, CACHED, repeat, warmup, rounds));
    }

    /** Children per CPU-second of each pass, round by round: [pass][round]. */
    private static double[][] measure(Pass[] passes, int children, int repeat, int warmup, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] rates = new double[passes.length][rounds];
        long sink = 0;
        for (int round = -warmup; round < rounds; round++) {
            for (int p = 0; p < passes.length; p++) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (int r = 0; r < repeat; r++) {
                    sink += passes[p].run(children);
                }
                if (round >= 0) {
                    rates[p][round] = (double) children * repeat / ((threads.getCurrentThreadCpuTime() - cpu) / 1e9);
                }
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the schedules' results alive
        }
        return rates;
    }

    private static void report(double[][] rates) {
        int rounds = rates[0].length;
        double[] ratio = new double[rounds];
        double[] aloneRatio = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ratio[i] = rates[0][i] / rates[1][i];
            aloneRatio[i] = rates[2][i] / rates[1][i];
        }
        for (double[] rate : rates) {
            Arrays.sort(rate);
        }
        Arrays.sort(ratio);
        Arrays.sort(aloneRatio);
        System.out.printf("  now:       median %,.0f children per CPU-second (best %,.0f), from the domain's objects%n"
                + "  before:    median %,.0f children per CPU-second (best %,.0f), ReviewScheduleBefore%n"
                + "  laid out:  median %,.0f children per CPU-second (best %,.0f), histories laid out beforehand%n"
                + "  layout:    median %,.0f children per CPU-second (best %,.0f), laying the histories out alone%n"
                + "  ratio now / before, round by round: median %.2f (from %.2f to %.2f)%n"
                + "  ratio laid out / before, round by round: median %.2f (from %.2f to %.2f)%n",
                rates[0][rounds / 2], rates[0][rounds - 1], rates[1][rounds / 2], rates[1][rounds - 1],
                rates[2][rounds / 2], rates[2][rounds - 1], rates[3][rounds / 2], rates[3][rounds - 1], ratio[rounds / 2], ratio[0], ratio[rounds - 1],
                aloneRatio[rounds / 2], aloneRatio[0], aloneRatio[rounds - 1]);
    }
}
