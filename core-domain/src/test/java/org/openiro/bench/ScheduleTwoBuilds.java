package org.openiro.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.reviews.HeldRows;
import org.openiro.reviews.HistoryReads;
import org.openiro.reviews.ReviewHistory;
import org.openiro.reviews.ReviewSchedule;

/**
 * Two builds of the schedule in one JVM, pass by pass in turn, on the thread's CPU time: the ratio of this build to
 * another, round by round, taken in the same seconds and under the same load. On a machine others share, runs of one
 * build after the other differ by more than most changes. Each build's main classes are loaded in a class loader of
 * their own, with this build's test classes (the same generated children and passes for both) and the same libraries.
 *
 * <p>This build is loaded twice, and its ratio to itself printed beside the other's: each loader's 100,000 children
 * lie elsewhere in the heap, and that alone moved a pass by up to a third in issue 23's seventh step (reading the
 * review rows, the same code: 1.32), so a difference between builds counts only where it is clear of this one.
 *
 * <pre>
 * java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp TEST_CLASSPATH org.openiro.bench.ScheduleTwoBuilds OTHER/classes
 * </pre>
 * {@code TEST_CLASSPATH}: core-domain's target/test-classes, target/classes and its test dependencies; {@code
 * OTHER/classes}: the other build's core-domain target/classes (main's, built from a {@code git worktree}).
 * {@code -XX:+AlwaysPreTouch}: otherwise the first touch of each page of the heap is a page fault the thread's CPU time
 * counts. {@code -Dchildren=50 -Drepeat=2000} runs the first 50 children only, kept in the caches.
 *
 * <p>From issue 23's eighth step a build whose {@code HeldRows} carry the child's care ({@code careOf}) runs its
 * {@code schedule} and layout passes from rows with the care, as its {@code Timetable.of} does; an earlier build, from
 * the reviews' rows and the {@code Child}'s objects, as its own did: each the path its service takes.
 */
public final class ScheduleTwoBuilds {

    private static final String[] NAMES = {"schedule (from rows)", "laid out", "layout from rows", "from objects",
        "reading the child", "reading the rows"};

    private static long sink;

    private ScheduleTwoBuilds() {
    }

    /** The passes, each over the first {@code n} children; made in each build's class loader. */
    public static final class Passes {

        private Passes() {
        }

        public static IntToLongFunction[] of() {
            ReviewSchedule schedule = new ReviewSchedule(BankHolidayCalendar.englandAndWales());
            PolicyHistory policies = PolicyHistory.of(Policy.statutory());
            ChildHistories.History[] h = new ChildHistories(ScheduleBenchmark.SEED, ScheduleBenchmark.TODAY)
                    .generate(ScheduleBenchmark.CHILDREN).toArray(ChildHistories.History[]::new);
            // A build from issue 23's eighth step on reads the care with the reviews (the `schedule` row's path); one
            // before it schedules from the reviews' rows and the Child's objects, as its Timetable.of did.
            boolean withCare = Arrays.stream(HeldRows.class.getMethods()).anyMatch(m -> m.getName().equals("careOf"));
            HeldRows[] rows = new HeldRows[h.length];
            ReviewHistory[] laidOut = new ReviewHistory[h.length];
            for (int i = 0; i < h.length; i++) {
                rows[i] = withCare ? AsRows.withCare(h[i].reviews(), h[i].child()) : AsRows.of(h[i].reviews());
                laidOut[i] = schedule.history(h[i].child(), h[i].reviews(), h[i].directions());
            }
            return new IntToLongFunction[] {
                withCare ? n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += schedule.compute(policies, rows[i], h[i].directions()).next().isPresent() ? 1 : 0;
                    }
                    return s;
                } : n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += schedule.compute(policies, h[i].child(), rows[i], h[i].directions()).next().isPresent()
                                ? 1 : 0;
                    }
                    return s;
                },
                n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += schedule.compute(policies, laidOut[i]).next().isPresent() ? 1 : 0;
                    }
                    return s;
                },
                withCare ? n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += schedule.history(rows[i], h[i].directions()).hashCode() & 1;
                    }
                    return s;
                } : n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += schedule.history(h[i].child(), rows[i], h[i].directions()).hashCode() & 1;
                    }
                    return s;
                },
                n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += schedule.compute(policies, h[i].child(), h[i].reviews(), h[i].directions()).next()
                                .isPresent() ? 1 : 0;
                    }
                    return s;
                },
                n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += HistoryReads.child(h[i].child());
                    }
                    return s;
                },
                n -> {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += HistoryReads.rows(rows[i]);
                    }
                    return s;
                },
            };
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ScheduleTwoBuilds OTHER_BUILD/core-domain/target/classes");
            System.exit(2);
        }
        int rounds = Integer.getInteger("rounds", 10);
        int warmup = Integer.getInteger("warmup", 6);
        int children = Integer.getInteger("children", ScheduleBenchmark.CHILDREN);
        int repeat = Integer.getInteger("repeat", 1);
        Path own = Path.of(ReviewSchedule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // This build, the other, and this build again (its ratio to itself: what placement in the heap alone does).
        IntToLongFunction[][] passes = {passes(own, own), passes(own, Path.of(args[0])), passes(own, own)};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][][] rates = new double[passes.length][NAMES.length][rounds];
        for (int round = -warmup; round < rounds; round++) {
            for (int p = 0; p < NAMES.length; p++) {
                for (int turn = 0; turn < passes.length; turn++) {
                    int build = (turn + round + passes.length * warmup) % passes.length; // each goes first in turn
                    long cpu = threads.getCurrentThreadCpuTime();
                    for (int r = 0; r < repeat; r++) {
                        sink += passes[build][p].applyAsLong(children);
                    }
                    long spent = threads.getCurrentThreadCpuTime() - cpu;
                    if (round >= 0) {
                        rates[build][p][round] = (double) children * repeat / (spent / 1e9);
                    }
                }
            }
        }
        System.out.printf("%,d children, %d times a round; %d rounds after %d not counted; this build (A, and again"
                + " as A') and %s (B)%n", children, repeat, rounds, warmup, args[0]);
        for (int p = 0; p < NAMES.length; p++) {
            System.out.printf("  %-22s A %,11.0f  B %,11.0f children per CPU-second (medians); round by round, A / B %s,"
                    + " A / A' %s%n", NAMES[p], median(rates[0][p]), median(rates[1][p]),
                    ratio(rates[0][p], rates[1][p]), ratio(rates[0][p], rates[2][p]));
        }
        if (sink == 42) {
            System.out.print(""); // keeps the results alive
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The median of the rounds' ratios, with the lowest and highest. */
    private static String ratio(double[] a, double[] b) {
        double[] ratio = new double[a.length];
        for (int round = 0; round < a.length; round++) {
            ratio[round] = a[round] / b[round];
        }
        Arrays.sort(ratio);
        return String.format("%.3f (%.3f to %.3f)", ratio[ratio.length / 2], ratio[0], ratio[ratio.length - 1]);
    }

    /** The passes of the build whose main classes are in {@code classes}, in a class loader of their own. */
    private static IntToLongFunction[] passes(Path own, Path classes) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            urls.add((path.equals(own.toAbsolutePath()) ? classes : path).toUri().toURL());
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        return (IntToLongFunction[]) loader.loadClass(Passes.class.getName()).getMethod("of").invoke(null);
    }
}
