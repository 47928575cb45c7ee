package org.openiro.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.reviews.Direction;
import org.openiro.reviews.HeldRows;
import org.openiro.reviews.ReviewHistory;
import org.openiro.reviews.ReviewSchedule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * benchmarks.md, {@code schedule}: the review schedule of 100,000 children with realistic histories, on one
 * thread. One operation is one child's schedule, so the score is children per second. There is no baseline: the
 * per-core throughput is the figure (target 500,000 children/s, goal 1,000,000).
 *
 * <p>Three figures (issue 23, third and sixth steps):
 * <ul>
 *   <li>{@code schedule}, the service's path ({@code Timetable.of}: the pages and look-ups): from each child's reviews
 *       and care as numbers ({@code HeldRows}, as the adapters read them), which it lays out ({@code ReviewHistory})
 *       and computes from, with no review object and no object of the child's read (since issue 23's eighth step;
 *       until then the care came from the {@code Child}'s objects); the figure held against the target;</li>
 *   <li>{@code fromObjects}, from the domain's objects ({@code HeldReview}s), laid out and computed: what a child whose
 *       history changed costs ({@code Timetable.reschedule}, {@code record}, the import), which measure the
 *       {@code Review}s they write; the {@code schedule} figure until issue 23's sixth step;</li>
 *   <li>{@code laidOut}, the schedule alone from histories laid out beforehand, as a service that kept each child's
 *       layout until their history changed would compute them (none does).</li>
 * </ul>
 *
 * <p>The service's path, histories just read, is measured by {@link ScheduleCpuTime} ("just read"), not here: JMH
 * would have to read each batch in a set-up at every invocation, which on a loaded machine puts the wait for a core
 * into the time measured (issue 23, fifth step: a seventh of the other two figures in the same run).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// The heap touched before the first iteration: on a virtual machine freshly started, a page's first touch is a fault
// the hypervisor answers too, and the first 10-20 s of the fork's iterations measured that (issue 23, seventh step).
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Threads(1)
public class ScheduleBenchmark {

    static final int CHILDREN = 100_000;
    static final long SEED = 20261123L;
    /** The day the authority's histories stand on. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private ReviewSchedule schedule;
    private Policy policy;
    private ChildHistories.History[] histories;
    private PolicyHistory policies;
    private ReviewHistory[] laidOut;
    private HeldRows[] rows;
    /** Each child's directions, as the adapter hands them over with the rows ({@code ReviewRepository.Held}). */
    private List<Direction>[] directions;

    @Setup(Level.Trial)
    public void generate() {
        schedule = new ReviewSchedule(BankHolidayCalendar.englandAndWales());
        policy = Policy.statutory();
        List<ChildHistories.History> all = new ChildHistories(SEED, TODAY).generate(CHILDREN);
        histories = all.toArray(ChildHistories.History[]::new);
        policies = PolicyHistory.of(policy);
        laidOut = new ReviewHistory[histories.length];
        rows = new HeldRows[histories.length];
        @SuppressWarnings("unchecked")
        List<Direction>[] given = new List[histories.length];
        directions = given;
        for (int i = 0; i < histories.length; i++) {
            laidOut[i] = schedule.history(histories[i].child(), histories[i].reviews(), histories[i].directions());
            rows[i] = AsRows.withCare(histories[i].reviews(), histories[i].child());
            directions[i] = histories[i].directions();
        }
        long periods = all.stream().mapToLong(h -> h.child().periods().size()).sum();
        long open = all.stream().filter(h -> h.child().currentPeriod().isPresent()).count();
        long reviews = all.stream().mapToLong(h -> h.reviews().size()).sum();
        long placements = all.stream().flatMap(h -> h.child().periods().stream())
                .mapToLong(p -> p.placements().size()).sum();
        long directions = all.stream().mapToLong(h -> h.directions().size()).sum();
        System.out.printf("%n%,d children as on %s: %,d periods of care (%,d open), %,d placements, %,d reviews"
                + " (at most %d a child), %,d directions%n", CHILDREN, TODAY, periods, open, placements, reviews,
                all.stream().mapToInt(h -> h.reviews().size()).max().orElse(0), directions);
    }

    @Benchmark
    @OperationsPerInvocation(CHILDREN)
    public void schedule(Blackhole results) {
        // The rows and the directions as Timetable.of has them (ReviewRepository.Held): no History read.
        HeldRows[] held = rows;
        List<Direction>[] given = directions;
        for (int i = 0; i < held.length; i++) {
            results.consume(schedule.compute(policies, held[i], given[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CHILDREN)
    public void fromObjects(Blackhole results) {
        ChildHistories.History[] children = histories;
        for (ChildHistories.History h : children) {
            // The authority's policy history as the service passes it (Timetable: authority.policies()), made once.
            results.consume(schedule.compute(policies, h.child(), h.reviews(), h.directions()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(CHILDREN)
    public void laidOut(Blackhole results) {
        ReviewHistory[] children = laidOut;
        for (ReviewHistory h : children) {
            results.consume(schedule.compute(policies, h));
        }
    }
}
