package org.openiro.ssda903;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.DistanceFromHome;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
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
import org.openiro.shared.Conflict;
import org.openiro.shared.UnitOfWork;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;
import org.openiro.ssda903.port.out.ImportRegister;

/**
 * Loads a return's files into the register in one unit of work (api.md, "SSDA903"): children matched by {@code CHILD},
 * periods of care and placements by child and start date, reviews by child and review date. A matched record whose
 * facts differ is updated; nothing is deleted, so what the service recorded beyond the files stays. Each child's
 * reviews are then measured by the review cycle, as if they had been recorded one by one.
 *
 * <p>The files are read row by row: checked, and at the same time read into a compact form; then the children are
 * loaded a batch at a time: each batch's stored records are read together, merged and measured in memory, and what
 * changed is written together. Nothing of the files is written unless all of them are good, and the whole import
 * commits or rolls back as one.
 */
public final class ImportReturn implements ImportSsda903UseCase {

    /** Children read, merged and written together: big enough to make round trips rare, small enough to hold. */
    static final int BATCH = 1000;

    private final AuthorityRepository authorities;
    private final ImportRegister register;
    private final Timetable timetable;
    private final EventOutbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final DistanceFromHome distance;

    public ImportReturn(AuthorityRepository authorities, ImportRegister register, Timetable timetable,
                        EventOutbox outbox, UnitOfWork unitOfWork, Clock clock, PostcodeDirectory postcodes) {
        this.authorities = authorities;
        this.register = register;
        this.timetable = timetable;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.distance = new DistanceFromHome(postcodes);
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
    public Imported importFiles(AuthorityCode code, Ssda903Check.Files files) {
        Ssda903Return read = checkedAndRead(code, files);
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.find(code).orElseThrow(() -> new UnknownAuthority(code));
            Run run = new Run(authority);
            ExecutorService measuring = Executors.newSingleThreadExecutor(task -> new Thread(task, "ssda903-measure"));
            try {
                Batches batches = new Batches(run, measuring);
                List<Ssda903Return.ImportedChild> batch = new ArrayList<>(BATCH);
                read.forEachChild(child -> {
                    batch.add(child);
                    if (batch.size() == BATCH) {
                        batches.load(List.copyOf(batch));
                        batch.clear();
                    }
                });
                batches.load(List.copyOf(batch));
                batches.writePending();
                return run.imported();
            } finally {
                measuring.shutdownNow();
            }
        });
    }

    /**
     * The batches in turn, two at a time: while the database writes one batch, the next is merged and measured on a
     * second thread. The database is the import's bottleneck and works on a core of its own; this keeps the other one
     * busy. Only this thread, the one the unit of work runs in, speaks to the database.
     */
    private static final class Batches {
        private final Run run;
        private final ExecutorService measuring;
        private Future<Run.Measured> pending;

        Batches(Run run, ExecutorService measuring) {
            this.run = run;
            this.measuring = measuring;
        }

        void load(List<Ssda903Return.ImportedChild> batch) {
            if (batch.isEmpty()) {
                return;
            }
            Map<ChildId, ImportRegister.StoredCase> stored = run.lock(batch);
            Future<Run.Measured> measured = measuring.submit(() -> run.measure(batch, stored));
            writePending();
            pending = measured;
        }

        /** Writes the batch being measured, once it is. */
        void writePending() {
            if (pending == null) {
                return;
            }
            try {
                run.write(pending.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring an import's batch", e);
            } catch (ExecutionException e) {
                throw rethrown(e.getCause(), new IllegalStateException(e.getCause()));
            } finally {
                pending = null;
            }
        }
    }

    /**
     * The files checked and, at the same time on a second thread, read: both are a pass over every row, and nothing
     * else is busy until they end. Reading files with problems may fail; the problems are then the answer, and the
     * reading is stopped rather than waited for.
     */
    private Ssda903Return checkedAndRead(AuthorityCode code, Ssda903Check.Files files) {
        CompletableFuture<Ssda903Return> reading = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                reading.complete(Ssda903Return.read(code, files, distance));
            } catch (Throwable e) {
                reading.completeExceptionally(e);
            }
        }, "ssda903-read");
        reader.start();
        List<ImportProblem> problems;
        try {
            problems = Ssda903Check.check(files);
        } catch (RuntimeException | Error e) {
            reader.interrupt();
            throw e;
        }
        if (!problems.isEmpty()) {
            reader.interrupt();
            throw new ImportRefused(problems);
        }
        try {
            return reading.join();
        } catch (CompletionException failed) {
            throw rethrown(failed.getCause(), failed);
        }
    }

    /** A failure on another thread, to be thrown here as itself where it can be; else {@code otherwise}. */
    private static RuntimeException rethrown(Throwable cause, RuntimeException otherwise) {
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException failure ? failure : otherwise;
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
        Map<ChildId, ImportRegister.StoredCase> lock(List<Ssda903Return.ImportedChild> batch) {
            return register.lockCases(authority.code(), batch.stream().map(c -> c.child().id()).toList());
        }

        /** What a batch changes in the register, and the events it tells. */
        record Measured(ImportRegister.Changes changes, List<ReviewEvent> events) {
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
                Child child = was == null ? imported.child() : merge(was.child(), imported.child(), periodTally,
                        placementTally);
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

        void write(Measured measured) {
            register.write(authority.code(), measured.changes());
            outbox.append(measured.events(), clock.instant());
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

    /**
     * The stored child with the file's periods over theirs. A file's period is matched to the stored period that starts
     * on the same day, or else to one it overlaps (an amended return that moved the first {@code DECOM}), which it then
     * amends; stored periods the files do not touch stay. A child whose periods would then overlap is refused, naming
     * them, since the import cannot tell which record is right.
     */
    private Child merge(Child stored, Child imported, Tally periods, Tally placements) {
        Map<LocalDate, PeriodOfCare> byStart = new TreeMap<>();
        stored.periods().forEach(p -> byStart.put(p.start(), p));
        Set<LocalDate> fromFile = new HashSet<>();
        for (PeriodOfCare period : imported.periods()) {
            PeriodOfCare match = byStart.get(period.start());
            if (match == null && !period.startKnown()) {
                // A first episode that continues care continues the stored open period (api.md).
                match = stored.currentPeriod().filter(open -> byStart.containsKey(open.start())).orElse(null);
            }
            if (match == null) {
                match = byStart.values().stream().filter(p -> !fromFile.contains(p.start()) && overlap(p, period))
                        .findFirst().orElse(null);
            }
            PeriodOfCare merged;
            if (match == null) {
                merged = period;
                placements.created += period.placements().size();
            } else {
                merged = match.start().equals(period.start()) || !period.startKnown()
                        ? union(match, period, placements) : amended(match, period, placements);
                byStart.remove(match.start());
            }
            periods.compare(match, merged);
            byStart.put(merged.start(), merged);
            fromFile.add(merged.start());
        }
        refuseOverlaps(stored.id(), byStart.values());
        Child.Demographics demographics = new Child.Demographics(stored.demographics().name(),
                imported.demographics().dateOfBirth(), imported.demographics().gender(),
                imported.demographics().ethnicity(), stored.demographics().uasc() || imported.demographics().uasc(),
                stored.demographics().disability());
        return new Child(stored.authority(), stored.id(), demographics, new ArrayList<>(byStart.values()),
                stored.socialWorker().orElse(null));
    }

    /** Looked after on a common day: each starts before the other ends (the end is the first day not looked after). */
    private static boolean overlap(PeriodOfCare a, PeriodOfCare b) {
        return (b.end() == null || a.start().isBefore(b.end())) && (a.end() == null || b.start().isBefore(a.end()));
    }

    /** A child is looked after in one period of care at a time. */
    private static void refuseOverlaps(ChildId child, Collection<PeriodOfCare> inOrderOfStart) {
        PeriodOfCare before = null;
        for (PeriodOfCare period : inOrderOfStart) {
            if (before != null && overlap(before, period)) {
                throw new Conflict(null, "Child " + child.value() + ": the files' period of care from "
                        + period.start() + " overlaps the period from " + before.start() + " on record, and the"
                        + " import cannot tell which is right; nothing was imported. Correct the child's record or"
                        + " the files, and import again.");
            }
            before = period;
        }
    }

    /**
     * The stored period as an amended return gives it: the file's start, legal statuses and placements. A placement the
     * service already knew (the same start) keeps what only the service records: whether the move was planned, and the
     * distance where the file cannot measure it.
     */
    private static PeriodOfCare amended(PeriodOfCare stored, PeriodOfCare imported, Tally placements) {
        Map<LocalDate, Placement> known = byDate(stored.placements(), Placement::start);
        List<Placement> placed = new ArrayList<>();
        for (Placement placement : imported.placements()) {
            Placement before = known.get(placement.start());
            Placement after = before == null ? placement : withServiceFacts(placement, before);
            placements.compare(before, after);
            placed.add(after);
        }
        LocalDate end = imported.end() != null ? imported.end() : stored.end();
        return new PeriodOfCare(imported.start(), end, imported.end() != null ? imported.endReason()
                : stored.endReason(), true, imported.legalStatuses(), placed);
    }

    /**
     * The file's placement; the file's measure of the distance wins, as its type does (a corrected postcode is a
     * change), but where the file cannot measure it what the service recorded stands.
     */
    private static Placement withServiceFacts(Placement fromFile, Placement recorded) {
        return new Placement(fromFile.start(), fromFile.type(),
                fromFile.over20Miles() != null ? fromFile.over20Miles() : recorded.over20Miles(), recorded.planned());
    }

    /** The stored period with the file's facts over it: its end, and its spells and placements by date. */
    private static PeriodOfCare union(PeriodOfCare stored, PeriodOfCare imported, Tally placements) {
        Map<LocalDate, Placement> byStart = byDate(stored.placements(), Placement::start);
        for (Placement placement : imported.placements()) {
            Placement before = byStart.get(placement.start());
            Placement after = before == null ? placement : withServiceFacts(placement, before);
            placements.compare(before, after);
            byStart.put(placement.start(), after);
        }
        Map<LocalDate, LegalStatusSpell> spells = byDate(stored.legalStatuses(), LegalStatusSpell::from);
        imported.legalStatuses().forEach(spell -> spells.put(spell.from(), spell));
        LocalDate end = imported.end() != null ? imported.end() : stored.end();
        return new PeriodOfCare(stored.start(), end, imported.end() != null ? imported.endReason() : stored.endReason(),
                stored.startKnown(), new ArrayList<>(spells.values()), new ArrayList<>(byStart.values()));
    }

    private static <T> Map<LocalDate, T> byDate(Collection<T> items, Function<T, LocalDate> date) {
        Map<LocalDate, T> byDate = new TreeMap<>();
        items.forEach(item -> byDate.put(date.apply(item), item));
        return byDate;
    }
}
