package org.openiro.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.reviews.HeldRows;
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
 *   <li>layout: laying the histories out alone, the part of "now" that "laid out" leaves out;</li>
 *   <li>just read, and a batch: the service's path. Each child's history read again ({@link JustRead}: every object
 *       new, the reviews as {@code Review}s; not timed), 100 children at a time, or the import's batch of 1,000, and
 *       then their schedules computed as {@code Timetable} computes them (the reviews turned into held ones, laid out,
 *       computed; timed). "Now" computes from histories generated once and kept, which no call site of the service
 *       does; this is what the service pays to schedule a child it has just read, from its {@code Review}s
 *       ({@code reschedule}, {@code record}, the import);</li>
 *   <li>resident: the JMH benchmark's {@code schedule} row, the reviews and the care as numbers made once (issue 23,
 *       eighth step);</li>
 *   <li>rows, and rows, a batch: the same with the reviews read as numbers ({@code HeldRows}), as {@code Timetable.of}
 *       reads them since issue 23's sixth step (the pages and look-ups); its ratio to "just read" is printed.</li>
 * </ul>
 * Then the same four on the first 50 children only, round after round, so that their histories stay in the CPU's
 * caches, as a history just read for a change is: what memory costs the figures above.
 *
 * <p>{@code ./mvnw -B -pl core-domain -Pbench test-compile exec:exec -Dbench=schedule-cpu}
 */
public final class ScheduleCpuTime {

    private static final int CACHED = 50;
    /** Children read before their schedules are computed, in "just read": few enough to stay in the caches, enough that
     * the CPU clock, read twice a block, costs little beside them. */
    private static final int READ_TOGETHER = 100;
    /** The import's batch ({@code ImportReturn.BATCH}): its children are read and merged together, then measured. */
    private static final int IMPORT_BATCH = 1000;

    private ScheduleCpuTime() {
    }

    /** One pass over the first {@code children}; answers the CPU nanoseconds of what it times. */
    private interface Pass {
        long run(int children);
    }

    /** Timed as a whole. */
    private interface Whole {
        long run(int children);
    }

    private static long sink;

    private static Pass whole(Whole pass) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return children -> {
            long cpu = threads.getCurrentThreadCpuTime();
            sink += pass.run(children);
            return threads.getCurrentThreadCpuTime() - cpu;
        };
    }

    /**
     * The service's path: the children's histories read again ({@link JustRead}, not timed) {@code block} at a time,
     * then each block's schedules computed as {@code Timetable} computes them (its reviews turned into held ones, then
     * laid out and computed), timed. The time includes reading the thread's CPU clock once a block.
     */
    private static Pass justRead(List<ChildHistories.History> histories, ReviewSchedule schedule,
                                 PolicyHistory policies, int block, boolean asRows) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        JustRead[] read = new JustRead[block];
        return children -> {
            long spent = 0;
            for (int from = 0; from < children; from += block) {
                int to = Math.min(children, from + block);
                for (int i = from; i < to; i++) {
                    read[i - from] = JustRead.of(histories.get(i), asRows);
                }
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = from; i < to; i++) {
                    JustRead h = read[i - from];
                    sink += (asRows ? schedule.compute(policies, h.rows(), h.directions())
                            : schedule.compute(policies, h.child(), h.held(), h.directions())).next().isPresent() ? 1 : 0;
                }
                spent += threads.getCurrentThreadCpuTime() - cpu;
            }
            return spent;
        };
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
        Pass now = whole(children -> {
            long sink = 0;
            for (int i = 0; i < children; i++) {
                ChildHistories.History h = histories.get(i);
                sink += schedule.compute(policies, h.child(), h.reviews(), h.directions()).next().isPresent() ? 1 : 0;
            }
            return sink;
        });
        Pass then = whole(children -> {
            long sink = 0;
            for (int i = 0; i < children; i++) {
                ChildHistories.History h = histories.get(i);
                sink += before.compute(policy, h.child(), h.reviews(), h.directions()).next().isPresent() ? 1 : 0;
            }
            return sink;
        });
        Pass alone = whole(children -> {
            long sink = 0;
            for (int i = 0; i < children; i++) {
                sink += schedule.compute(policies, laidOut[i]).next().isPresent() ? 1 : 0;
            }
            return sink;
        });
        Pass layout = whole(children -> {
            long sink = 0;
            for (int i = 0; i < children; i++) {
                ChildHistories.History h = histories.get(i);
                sink += schedule.history(h.child(), h.reviews(), h.directions()).hashCode() & 1;
            }
            return sink;
        });
        HeldRows[] rows = new HeldRows[histories.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = AsRows.withCare(histories.get(i).reviews(), histories.get(i).child());
        }
        // The JMH benchmark's `schedule` row: the reviews and the care as numbers, made once and resident.
        Pass resident = whole(children -> {
            long sink = 0;
            for (int i = 0; i < children; i++) {
                sink += schedule.compute(policies, rows[i], histories.get(i).directions()).next().isPresent() ? 1 : 0;
            }
            return sink;
        });
        Pass readOne = justRead(histories, schedule, policies, READ_TOGETHER, false);
        Pass readBatch = justRead(histories, schedule, policies, IMPORT_BATCH, false);
        Pass rowsOne = justRead(histories, schedule, policies, READ_TOGETHER, true);
        Pass rowsBatch = justRead(histories, schedule, policies, IMPORT_BATCH, true);
        System.out.printf("%nschedule, CPU time: %d rounds of %,d children each, in turn, after %d not counted%n",
                rounds, histories.size(), warmup);
        report(measure(new Pass[] {now, then, alone, layout, readOne, readBatch, rowsOne, rowsBatch, resident}, histories.size(), 1,
                warmup,
                rounds));
        System.out.printf("  (reading the thread's CPU clock: %.2f µs, once every %d children in \"just read\")%n",
                clockMicros(), READ_TOGETHER);
        int repeat = histories.size() / CACHED;
        System.out.printf("%nthe first %d children only (in the CPU's caches), %,d times a round:%n", CACHED, repeat);
        report(measure(new Pass[] {now, then, alone, layout}, CACHED, repeat, warmup, rounds));
    }

    /** What reading the thread's CPU clock costs, in µs: the "just read" passes read it once a block. */
    private static double clockMicros() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long sum = 0;
        for (int i = 0; i < 100_000; i++) {
            sum += threads.getCurrentThreadCpuTime();
        }
        sink += sum & 1;
        return (System.nanoTime() - start) / 100_000 / 1e3;
    }

    /** Children per CPU-second of each pass, round by round: [pass][round]. */
    private static double[][] measure(Pass[] passes, int children, int repeat, int warmup, int rounds) {
        double[][] rates = new double[passes.length][rounds];
        for (int round = -warmup; round < rounds; round++) {
            for (int p = 0; p < passes.length; p++) {
                long cpu = 0;
                for (int r = 0; r < repeat; r++) {
                    cpu += passes[p].run(children);
                }
                if (round >= 0) {
                    rates[p][round] = (double) children * repeat / (cpu / 1e9);
                }
            }
        }
        if (sink == 42) {
            System.out.print(""); // keeps the schedules' results alive
        }
        return rates;
    }

    private static final String[] NAMES = {
        "now:       %s, from the domain's objects, generated once (the histories of 100,000 children resident)",
        "before:    %s, ReviewScheduleBefore",
        "laid out:  %s, histories laid out beforehand",
        "layout:    %s, laying the histories out alone",
        "just read: %s, the service's path: each history just read, " + READ_TOGETHER + " at a time",
        "a batch:   %s, the service's path: each history just read, " + IMPORT_BATCH + " at a time (the import's)",
        "rows:      %s, Timetable.of's path: each history just read, the reviews as numbers, " + READ_TOGETHER
                + " at a time",
        "rows, a batch: %s, the same, " + IMPORT_BATCH + " at a time",
        "resident:  %s, the `schedule` row: the reviews and the care as numbers, made once (100,000 resident)"};

    private static final String[] READ = {"just read", "a batch", "rows", "rows, a batch", "resident"};

    private static void report(double[][] rates) {
        int rounds = rates[0].length;
        double[] ratio = new double[rounds];
        double[] aloneRatio = new double[rounds];
        double[][] readRatio = new double[rates.length][rounds];
        for (int i = 0; i < rounds; i++) {
            ratio[i] = rates[0][i] / rates[1][i];
            aloneRatio[i] = rates[2][i] / rates[1][i];
            for (int p = 4; p < rates.length; p++) {
                readRatio[p][i] = rates[p][i] / rates[2][i];
            }
        }
        double[] rowsRatio = new double[rounds];
        for (int i = 0; rates.length > 6 && i < rounds; i++) {
            rowsRatio[i] = rates[6][i] / rates[4][i];
        }
        for (double[] rate : rates) {
            Arrays.sort(rate);
        }
        Arrays.sort(ratio);
        Arrays.sort(aloneRatio);
        for (int p = 0; p < rates.length; p++) {
            System.out.printf("  " + NAMES[p] + "%n", String.format("median %,.0f children per CPU-second (best %,.0f)",
                    rates[p][rounds / 2], rates[p][rounds - 1]));
        }
        System.out.printf("  ratio now / before, round by round: median %.2f (from %.2f to %.2f)%n"
                + "  ratio laid out / before, round by round: median %.2f (from %.2f to %.2f)%n",
                ratio[rounds / 2], ratio[0], ratio[rounds - 1], aloneRatio[rounds / 2], aloneRatio[0],
                aloneRatio[rounds - 1]);
        for (int p = 4; p < rates.length; p++) {
            Arrays.sort(readRatio[p]);
            System.out.printf("  ratio %s / laid out, round by round: median %.2f (from %.2f to %.2f)%n",
                    READ[p - 4], readRatio[p][rounds / 2], readRatio[p][0], readRatio[p][rounds - 1]);
        }
        if (rates.length > 6) {
            // Rows against objects, both just read, in the same rounds (the rates are sorted now: from the ratios).
            double[] rowsOverObjects = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                rowsOverObjects[i] = rowsRatio[i];
            }
            Arrays.sort(rowsOverObjects);
            System.out.printf("  ratio rows / just read, round by round: median %.2f (from %.2f to %.2f)%n",
                    rowsOverObjects[rounds / 2], rowsOverObjects[0], rowsOverObjects[rounds - 1]);
        }
    }
}
