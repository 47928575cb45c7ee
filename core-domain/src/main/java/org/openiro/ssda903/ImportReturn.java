package org.openiro.ssda903;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.DistanceFromHome;
import org.openiro.children.port.out.PostcodeDirectory;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.Participation;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewEvent;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.Timetable;
import org.openiro.shared.UnitOfWork;
import org.openiro.shared.port.out.Background;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;
import org.openiro.ssda903.port.out.ImportRegister;
import org.openiro.ssda903.port.out.Ssda903Reader;

/**
 * Loads a return's files into the register in one unit of work (api.md, "SSDA903"): children matched by {@code CHILD},
 * periods of care and placements by child and start date, reviews by child and review date. A matched record whose
 * facts differ is updated; nothing is deleted, so what the service recorded beyond the files stays. Each child's
 * reviews are then measured by the review cycle, as if they had been recorded one by one.
 *
 * <p>The files come as typed rows ({@link Ssda903Reader}; the CSV is the adapter's) and are checked in the
 * {@link Background} while they are read and loaded a batch at a time: each batch's rows are read as far as its last
 * child (files in child order, {@link Ssda903Return#inStep}), its stored records read together, merged
 * ({@link Child#mergeReturn}) and measured in memory, in the background while the batch before is written, and what
 * changed is written together. A file that goes back to a child of a batch already made is not in child order: what
 * was written is taken back ({@link UnitOfWork#undoable}) and the files are read whole before the first batch. The
 * whole import commits or rolls back as one, and commits only files the check found good: files with problems are
 * answered with their problems, and whatever of them was written is rolled back.
 */
public final class ImportReturn implements ImportSsda903UseCase {

    /**
     * Children read, merged and written together: big enough to make round trips rare, small enough to hold. 2,500
     * since issue 23's eighth step: 40 COPYs a table for 100,000 children instead of 100, the backends' CPU never
     * higher in five pairs against 1,000 (lower in four, by at most a second or two, the same in the quietest), the
     * peak heap 333-353 MB against 312-326 (5,000: 411-445 MB, twice the collector's CPU, no gain;
     * docs/benchmarks.md, import).
     */
    static final int BATCH = 2500;

    private final int batchSize;

    private final AuthorityRepository authorities;
    private final ImportRegister register;
    private final Timetable timetable;
    private final EventOutbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final DistanceFromHome distance;
    private final Ssda903Reader reader;
    private final Background background;

    public ImportReturn(AuthorityRepository authorities, ImportRegister register, Timetable timetable,
                        EventOutbox outbox, UnitOfWork unitOfWork, Clock clock, PostcodeDirectory postcodes,
                        Ssda903Reader reader, Background background) {
        this(authorities, register, timetable, outbox, unitOfWork, clock, postcodes, reader, background, BATCH);
    }

    /** @param batchSize children written together ({@link #BATCH} but in tests, which cover several batches) */
    public ImportReturn(AuthorityRepository authorities, ImportRegister register, Timetable timetable,
                        EventOutbox outbox, UnitOfWork unitOfWork, Clock clock, PostcodeDirectory postcodes,
                        Ssda903Reader reader, Background background, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch is one child or more: " + batchSize);
        }
        this.batchSize = batchSize;
        this.authorities = authorities;
        this.register = register;
        this.timetable = timetable;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.distance = new DistanceFromHome(postcodes);
        this.reader = reader;
        this.background = background;
    }

    /** Counts made, changed and unchanged records as the import goes. */
    private static final class Tally {
        int created;
        int changed;
        int unchanged;

        <T> void compare(T before, T after) {
            if (before == null) {
                created++;
            } else if (before.equals(after)) {
                unchanged++;
            } else {
                changed++;
            }
        }

        Counts counts() {
            return new Counts(created, changed, unchanged);
        }
    }

    @Override
    public Imported importFiles(AuthorityCode code, Ssda903Upload upload) {
        Ssda903Files files = reader.read(upload);
        Checking checking = new Checking(code, files);
        try {
            return unitOfWork.inTransaction(() -> checking.refusedOr(() -> load(code, files, checking)));
        } finally {
            checking.stop();
        }
    }

    /**
     * The files' children written a batch at a time, each batch as soon as its rows are read: files in child order are
     * read in step with the writing. Once a file goes back to a child of a batch already made, what was written is
     * taken back and the files are read whole before the first batch, as files in any order can be.
     */
    private Imported load(AuthorityCode code, Ssda903Files files, Checking checking) {
        Authority authority = authorities.require(code);
        Ssda903Return inStep = checking.read();
        try {
            return unitOfWork.undoable(() -> load(authority, inStep, checking));
        } catch (Ssda903Return.OutOfChildOrder notInOrder) {
            inStep.close();
            checking.goOn();
            return load(authority, Ssda903Return.read(code, files, distance), checking);
        } finally {
            inStep.close();
        }
    }

    private Imported load(Authority authority, Ssda903Return read, Checking checking) {
        Run run = new Run(authority);
        Batches batches = new Batches(run);
        try {
            for (int from = 0; from < read.size(); from += batchSize) {
                checking.goOn();
                batches.load(read, from, Math.min(read.size(), from + batchSize));
            }
            batches.writePending();
            return run.imported();
        } finally {
            batches.cancel();
        }
    }

    /**
     * The files checked in the background while they are read and written: the check is a pass over every row, as the
     * reading is, so the database would otherwise wait for the check with nothing to do. What is written before the
     * check ends is in the import's unit of work, so files with problems still leave nothing behind: the problems are
     * the answer, and the unit of work rolls back whatever was written.
     *
     * <p>Reading files with problems may fail, or never end (a file too big for its bounds); once the check finds a
     * problem, the reading is stopped rather than waited for, and no further batch is written.
     */
    private final class Checking {
        private final Ssda903Return inStep;
        private final Background.Task<Ssda903Return> reading;
        private final Background.Task<List<ImportProblem>> checked;
        /** Set by the check as soon as it ends with problems (or fails), for the writing to stop at its next batch. */
        private volatile boolean refused;

        Checking(AuthorityCode code, Ssda903Files files) {
            inStep = Ssda903Return.inStep(code, files, distance);
            reading = background.start("ssda903-read", inStep::start);
            checked = background.start("ssda903-check", () -> check(files));
        }

        private List<ImportProblem> check(Ssda903Files files) {
            List<ImportProblem> problems;
            try {
                problems = Ssda903Check.check(files);
            } catch (RuntimeException | Error e) {
                refuse();
                throw e;
            }
            if (!problems.isEmpty()) {
                refuse();
            }
            return problems;
        }

        private void refuse() {
            refused = true;
            reading.cancel();
            inStep.stop();
        }

        /**
         * The files to read in step into records, their header and UASC files read: what the check has not refused
         * yet. The episodes and reviews are read as each batch is made, on the thread that makes it.
         */
        Ssda903Return read() {
            return reading.join();
        }

        /** Stops the writing once the check has refused the files: what follows would be rolled back. */
        void goOn() {
            if (refused) {
                throw new IllegalStateException("the check refused the files while they were written");
            }
        }

        /**
         * The work, unless the files have problems: then the problems, whatever the work came to (it may have failed
         * on the very rows the check refuses). Waits for the check either way, so that only checked files commit.
         */
        <T> T refusedOr(Supplier<T> work) {
            T done;
            try {
                done = work.get();
            } catch (RuntimeException | Error e) {
                refuseIfProblems(e);
                throw e;
            }
            refuseIfProblems(null);
            return done;
        }

        private void refuseIfProblems(Throwable failure) {
            List<ImportProblem> problems;
            try {
                problems = checked.join();
            } catch (RuntimeException | Error checkFailed) {
                // A file the check cannot read as rows at all is refused by its reader: that is the answer.
                if (failure != null && failure != checkFailed) {
                    checkFailed.addSuppressed(failure);
                }
                throw checkFailed;
            }
            if (!problems.isEmpty()) {
                ImportRefused refusal = new ImportRefused(problems);
                if (failure != null) {
                    refusal.addSuppressed(failure);
                }
                throw refusal;
            }
        }

        /** Nothing of the files is wanted any more: the import has its answer. */
        void stop() {
            reading.cancel();
            checked.cancel();
            inStep.close();
        }
    }

    /**
     * The batches in turn, two at a time: while the database writes one batch, the next is merged and measured in the
     * background, and made ready to write (its rows and its events' stored form, {@link ImportRegister#prepare} and
     * {@link EventOutbox#prepare}), never two batches at once. The database is the import's bottleneck and works on a
     * core of its own; this keeps the other one busy, and leaves the caller only the sending, so that the database
     * takes one batch after the other without waiting for the next to be made. Only the caller, in the unit of work,
     * speaks to the database.
     */
    private final class Batches {
        private final Run run;
        private Background.Task<Run.Ready> pending;

        Batches(Run run) {
            this.run = run;
        }

        /** The children of the return from {@code from} to {@code to} (exclusive). */
        void load(Ssda903Return read, int from, int to) {
            Map<ChildId, ImportRegister.StoredCase> stored = run.lock(read.ids(from, to));
            // One batch measured at a time, as the counts of the import are kept by whichever thread measures: the
            // next starts once the one before is measured, and is measured while that one is written.
            Run.Ready before = pending == null ? null : pending.join();
            // Its children are made there from what was read, and its rows too: the caller, between two batches, only
            // looks up the next one's stored children, and the database takes one batch after another.
            pending = background.start("ssda903-measure", () -> run.prepare(run.measure(read.children(from, to),
                    stored)));
            if (before != null) {
                run.write(before);
            }
        }

        /** Writes the batch being measured, once it is. */
        void writePending() {
            Background.Task<Run.Ready> last = pending;
            pending = null;
            if (last != null) {
                run.write(last.join());
            }
        }

        /** A batch still being measured when the import fails (writing the one before it, say) is not wanted. */
        void cancel() {
            if (pending != null) {
                pending.cancel();
            }
        }
    }

    /** One import as it goes: the authority it loads into and what it has counted so far. */
    private final class Run {
        private final Authority authority;
        private final Tally childTally = new Tally();
        private final Tally periodTally = new Tally();
        private final Tally placementTally = new Tally();
        private final Tally reviewTally = new Tally();

        Run(Authority authority) {
            this.authority = authority;
        }

        Imported imported() {
            return new Imported(childTally.counts(), periodTally.counts(), placementTally.counts(),
                    reviewTally.counts());
        }

        /** A batch's children as stored, locked until the import ends. */
        Map<ChildId, ImportRegister.StoredCase> lock(List<ChildId> batch) {
            return register.lockCases(authority.code(), batch);
        }

        /** What a batch changes in the register, and the events it tells. */
        record Measured(ImportRegister.Changes changes, List<ReviewEvent> events) {
        }

        /** A measured batch made ready for the register and the outbox to write. */
        record Ready(ImportRegister.Prepared changes, EventOutbox.Prepared events) {
        }

        /** Its events are told as at the moment they are made ready, a batch's time before they are written. */
        Ready prepare(Measured measured) {
            return new Ready(register.prepare(authority.code(), measured.changes()),
                    outbox.prepare(measured.events(), clock.instant()));
        }

        /**
         * The batch's children merged with what is stored and their reviews measured, in memory alone; the counts of
         * the import are kept here, on the one thread that measures.
         */
        Measured measure(List<Ssda903Return.ImportedChild> batch, Map<ChildId, ImportRegister.StoredCase> stored) {
            AuthorityCode code = authority.code();
            List<Child> created = new ArrayList<>();
            List<Child> changed = new ArrayList<>();
            List<Review> newReviews = new ArrayList<>();
            List<Review> changedReviews = new ArrayList<>();
            Map<ChildId, Optional<NextReview>> next = new HashMap<>();
            List<ReviewEvent> events = new ArrayList<>();
            for (Ssda903Return.ImportedChild imported : batch) {
                ImportRegister.StoredCase was = stored.get(imported.child().id());
                Child child = imported.child();
                if (was != null) {
                    Child.ReturnMerge merged = was.child().mergeReturn(child);
                    merged.periods().forEach(change -> periodTally.compare(change.before(), change.after()));
                    merged.placements().forEach(change -> placementTally.compare(change.before(), change.after()));
                    child = merged.child();
                }
                childTally.compare(was == null ? null : was.child().demographics(), child.demographics());
                if (was == null) {
                    child.periods().forEach(p -> {
                        periodTally.created++;
                        placementTally.created += p.placements().size();
                    });
                    created.add(child);
                } else if (!was.child().demographics().equals(child.demographics())
                        || !was.child().periods().equals(child.periods())) {
                    changed.add(child);
                }
                Reviews reviews = new Reviews(code, was == null ? List.of() : was.reviews());
                imported.reviews().forEach(reviews::take);
                Timetable.Remeasured measured = timetable.remeasure(authority, child, reviews.all(),
                        was == null ? List.of() : was.directions(), was == null ? Optional.empty() : was.next());
                measured.changedReviews().forEach(reviews::timed);
                newReviews.addAll(reviews.created());
                changedReviews.addAll(reviews.changed());
                if (measured.nextChanged()) {
                    next.put(child.id(), measured.next());
                }
                events.addAll(measured.events());
            }
            return new Measured(new ImportRegister.Changes(created, changed, newReviews, changedReviews, next), events);
        }

        void write(Ready ready) {
            register.write(authority.code(), ready.changes());
            outbox.append(ready.events());
        }

        /** One child's reviews: those stored, with the file's reviews matched to them by the day they were held. */
        private final class Reviews {
            private final AuthorityCode code;
            private final Map<String, Review> byId = new LinkedHashMap<>();
            private final Set<String> createdIds = new HashSet<>();
            private final Set<String> changedIds = new HashSet<>();

            Reviews(AuthorityCode code, List<Review> stored) {
                this.code = code;
                stored.forEach(r -> byId.put(r.id(), r));
            }

            void take(Ssda903Return.ImportedReview imported) {
                Optional<Review> match = byId.values().stream().filter(r -> r.kind() == ReviewKind.CLA
                        && r.meetings().last().equals(imported.held())).findFirst();
                if (match.isEmpty()) {
                    Review review = new Review(UUID.randomUUID().toString(), code, imported.child(), ReviewKind.CLA,
                            Meetings.on(imported.held()), true, null,
                            new Participation(imported.participation(), null, null), null, null, List.of(),
                            ReviewFacts.NOT_RECORDED, null, 0);
                    byId.put(review.id(), review);
                    createdIds.add(review.id());
                    reviewTally.created++;
                    return;
                }
                Review review = match.get();
                if (review.participation() != null && review.participation().code() == imported.participation()) {
                    reviewTally.unchanged++;
                    return;
                }
                Participation participation = new Participation(imported.participation(),
                        review.participation() == null ? null : review.participation().methods(),
                        review.participation() == null ? null : review.participation().chairedByChild());
                byId.put(review.id(), review.amended(review.meetings(), review.seriesComplete(), participation,
                        review.attended(), review.advocacy(), review.consultation(), review.facts()));
                changed(review.id());
                reviewTally.changed++;
            }

            /** The review with the timing the review cycle now gives it. */
            void timed(Review review) {
                byId.put(review.id(), review);
                changed(review.id());
            }

            private void changed(String id) {
                if (!createdIds.contains(id)) {
                    changedIds.add(id);
                }
            }

            List<Review> all() {
                return List.copyOf(byId.values());
            }

            List<Review> created() {
                return createdIds.stream().map(byId::get).toList();
            }

            List<Review> changed() {
                return changedIds.stream().map(byId::get).toList();
            }
        }
    }
}
