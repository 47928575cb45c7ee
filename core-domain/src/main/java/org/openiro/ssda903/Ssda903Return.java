package org.openiro.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.DistanceFromHome;
import org.openiro.children.EndReason;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.reviews.ParticipationCode;

/**
 * A checked set of SSDA903 files as the service's own records: each child with their periods of care, legal statuses
 * and placements, and the reviews they had. Episodes are the DfE's rows of "what changed when"; a period of care
 * starts at an episode with {@code RNE = S} and runs through the episodes that continue it, until one ends with a
 * {@code REC} other than {@code X1} (api.md, "SSDA903"). Read only files that {@link Ssda903Check} found no problem in.
 *
 * <p>The episodes and reviews are kept per child in a compact form (a national return's 400,000 episodes in a few
 * tens of megabytes); the children are then made a batch at a time, in the header file's order, as the import asks.
 *
 * <p>Files in child order (each child's episodes and reviews together, the children in the header file's order, as
 * the DfE's tools and most authorities' systems write them) can be read in step instead ({@link #inStep}): the header
 * and UASC files first, then the episodes and reviews only as far as the batch being made, so that the first batch
 * can be written while the rest of the files is still unread. A file that goes back to a child of a batch already
 * made ends that reading ({@link OutOfChildOrder}); such files are read whole first ({@link #read}).
 */
public final class Ssda903Return {

    /**
     * A file read in step went back to a child of a batch already made: that child's rows are not all in it, so the
     * batches made so far are not the files' and the files are to be read whole first.
     */
    static final class OutOfChildOrder extends RuntimeException {
        OutOfChildOrder(String file, int row, String child) {
            super(file + " row " + row + " goes back to child " + child + ", of a batch already made", null, false,
                    false);
        }
    }

    /** A review as the return records it: the day it was held, and how the child took part. */
    public record ImportedReview(ChildId child, LocalDate held, ParticipationCode participation) {
    }

    /** A child of the header file, with their care history from the episodes file and their reviews. */
    public record ImportedChild(Child child, List<ImportedReview> reviews) {
    }

    /** One row of the episodes file, as much of it as the register keeps. */
    private record Episode(LocalDate start, String rne, LegalStatus legalStatus, PlacementType place, LocalDate end,
                           String reason, Boolean over20Miles) {
    }

    /**
     * {@code RNE} codes whose episode starts with a change of carers, that is a move, even when the placement's type
     * stays the same: P (placement and carers) and B (legal status, placement and carers). T and U change the
     * placement with the same carers (a change of type without a move), and L the legal status only.
     */
    private static final Set<String> MOVES = Set.of("P", "B");

    private final AuthorityCode authority;
    /** The header file's rows, read with the others: its children are made from them as the import asks. */
    private final List<Ssda903Files.HeaderRow> header = new ArrayList<>();
    private final Map<String, List<Episode>> episodes = new HashMap<>();
    private final Map<String, HeldReviews> reviews = new HashMap<>();
    private final Set<String> uasc = new HashSet<>();
    /** Codes and dates repeat across hundreds of thousands of rows: one instance of each is kept. */
    private final Map<String, Object> shared = new HashMap<>();

    /** Read in step: the files, and the episodes and reviews being read; null when read whole. */
    private final Ssda903Files files;
    private final DistanceFromHome distance;
    /** Read in step: each child's place in the header file (its first, if it is there twice). */
    private final Map<String, Integer> place = new HashMap<>();
    private InStep<Ssda903Files.EpisodeRow> episodeRows;
    private InStep<Ssda903Files.ReviewRow> reviewRows;
    /** Set when the files are no longer wanted (the check refused them): reading in step stops at its next row. */
    private volatile boolean stopped;

    private Ssda903Return(AuthorityCode authority, Ssda903Files files, DistanceFromHome distance) {
        this.authority = authority;
        this.files = files;
        this.distance = distance;
    }

    /** @param distance measures each placement's distance from home between its episode's HOME_POST and PL_POST */
    public static Ssda903Return read(AuthorityCode authority, Ssda903Files files, DistanceFromHome distance) {
        Ssda903Return read = new Ssda903Return(authority, null, distance);
        files.header().forEachRow(read.header::add);
        files.episodes().forEachRow(read::episode);
        files.reviews().forEachRow(read::review);
        read.readUasc(files);
        return read;
    }

    /**
     * The files to be read in step, nothing read yet: {@link #start} reads the header and UASC files, and each batch's
     * {@link #children(int, int)} the episodes and reviews as far as its last child, failing with
     * {@link OutOfChildOrder} once a file goes back to a child of a batch made before. Batches are made one at a time,
     * from the first, on one thread or one after another; {@link #close} ends the reading.
     */
    static Ssda903Return inStep(AuthorityCode authority, Ssda903Files files, DistanceFromHome distance) {
        return new Ssda903Return(authority, files, distance);
    }

    /** Reading in step: the header and UASC files read, the episodes and reviews opened. */
    Ssda903Return start() {
        files.header().forEachRow(row -> {
            place.putIfAbsent(row.child(), header.size());
            header.add(row);
        });
        readUasc(files);
        synchronized (this) {
            // Not opened once closed: the files' reading may be ended before it has begun (a refusal).
            if (stopped) {
                throw new IllegalStateException("the files are no longer read");
            }
            episodeRows = new InStep<>(files.episodes(), Ssda903Files.EpisodeRow::child,
                    Ssda903Files.EpisodeRow::row, this::episode);
            reviewRows = new InStep<>(files.reviews(), Ssda903Files.ReviewRow::child, Ssda903Files.ReviewRow::row,
                    this::review);
        }
        return this;
    }

    /** The UASC file, where there is one: the children it names. */
    private void readUasc(Ssda903Files files) {
        if (files.uasc() != null) {
            files.uasc().forEachRow(row -> uasc.add(row.child()));
        }
    }

    /** Reading in step stops at its next row: the files are not wanted any more. */
    void stop() {
        stopped = true;
    }

    /** The files read in step closed, where they were opened; closing again does nothing. */
    synchronized void close() {
        stopped = true;
        InStep<?> episodesOpen = episodeRows;
        InStep<?> reviewsOpen = reviewRows;
        episodeRows = null;
        reviewRows = null;
        try {
            if (episodesOpen != null) {
                episodesOpen.close();
            }
        } finally {
            if (reviewsOpen != null) {
                reviewsOpen.close();
            }
        }
    }

    private void episode(Ssda903Files.EpisodeRow row) {
        episodes.computeIfAbsent(row.child(), c -> new ArrayList<>(4)).add(new Episode(date(row.start()),
                text(row.rne()), LegalStatus.valueOf(row.legalStatus()), placementType(row.place()), date(row.end()),
                text(row.reason()), distance.over20Miles(row.homePostcode(), row.placementPostcode())));
    }

    private void review(Ssda903Files.ReviewRow row) {
        reviews.computeIfAbsent(row.child(), c -> new HeldReviews(ChildId.of(c))).add(row.held().date(),
                ParticipationCode.valueOf(row.participation()));
    }

    /**
     * One file read in step with the header: its rows taken until the first of a child after the batch, which is kept
     * for the next batch.
     */
    private final class InStep<R> {
        private final String file;
        private final Ssda903Files.Rows<R> rows;
        private final Function<R, String> child;
        private final ToIntFunction<R> number;
        private final Consumer<R> take;
        /** The first row of a later batch's child, read and not yet taken. */
        private R ahead;

        InStep(Ssda903Files.Table<R> table, Function<R, String> child,
               ToIntFunction<R> number, Consumer<R> take) {
            this.file = table.file();
            this.rows = table.rows();
            this.child = child;
            this.number = number;
            this.take = take;
        }

        /** Every row of the children from header place {@code from} to {@code to} (exclusive), that follows. */
        void readThrough(int from, int to) {
            R row = ahead != null ? ahead : rows.next();
            ahead = null;
            for (; row != null; row = rows.next()) {
                if (stopped) {
                    throw new IllegalStateException("the files are no longer read");
                }
                String id = child.apply(row);
                Integer at = place.get(id);
                if (at == null) {
                    continue; // not a child of the header file: the check refuses the files
                }
                if (at >= to) {
                    ahead = row;
                    return;
                }
                if (at < from) {
                    throw new OutOfChildOrder(file, number.applyAsInt(row), id);
                }
                take.accept(row);
            }
        }

        void close() {
            rows.close();
        }
    }

    /** How many children the header file has. */
    public int size() {
        return header.size();
    }

    /** The ids of the header file's children from {@code from} to {@code to} (exclusive), in its order. */
    public List<ChildId> ids(int from, int to) {
        return header.subList(from, to).stream().map(row -> ChildId.of(row.child())).toList();
    }

    /**
     * The header file's children from {@code from} to {@code to} (exclusive), in its order, with their history and
     * reviews: made on whichever thread asks (the import's measuring one), from what the reading kept, which is not
     * changed once read.
     */
    public List<ImportedChild> children(int from, int to) {
        if (files != null) {
            InStep<?> episodesOpen;
            InStep<?> reviewsOpen;
            synchronized (this) {
                episodesOpen = episodeRows;
                reviewsOpen = reviewRows;
            }
            if (episodesOpen == null || reviewsOpen == null) {
                throw new IllegalStateException("the files are no longer read");
            }
            episodesOpen.readThrough(from, to);
            reviewsOpen.readThrough(from, to);
        }
        List<ImportedChild> made = new ArrayList<>(to - from);
        for (Ssda903Files.HeaderRow row : header.subList(from, to)) {
            String id = row.child();
            Child.Demographics demographics = new Child.Demographics(null, row.dob().date(),
                    gender(row.sex()), Ethnicity.valueOf(row.ethnic()), uasc.contains(id), false);
            Child child = Child.fromReturn(authority, ChildId.of(id), demographics,
                    periods(episodes.getOrDefault(id, List.of())));
            HeldReviews held = reviews.get(id);
            made.add(new ImportedChild(child, held == null ? List.of() : held.inOrder()));
        }
        if (files != null) {
            // Read in step, a child's rows are wanted once: a batch's are let go once it is made.
            for (Ssda903Files.HeaderRow row : header.subList(from, to)) {
                episodes.remove(row.child());
                reviews.remove(row.child());
            }
        }
        return made;
    }

    /** Every child at once: for small returns and tests. */
    public List<ImportedChild> children() {
        return children(0, size());
    }

    /**
     * One child's reviews as numbers, each its day and its code in one int, until the child is made: a national
     * return's half a million reviews as objects (each with its own copy of the child's id) were half of what the
     * reading kept, all of it built while the files are read, before the first batch can be written, and copied by
     * every collection of the young generation until then.
     */
    private static final class HeldReviews {
        private static final ParticipationCode[] CODES = ParticipationCode.values();
        private final ChildId child;
        private int[] held = new int[4];
        private int size;

        HeldReviews(ChildId child) {
            this.child = child;
        }

        void add(LocalDate day, ParticipationCode participation) {
            if (day == null) {
                // Only files the check refuses have one: the check's problems are the answer.
                throw new IllegalArgumentException("a review of child " + child + " without a date");
            }
            if (size == held.length) {
                held = Arrays.copyOf(held, size * 2);
            }
            held[size++] = Math.toIntExact(day.toEpochDay() * CODES.length + participation.ordinal());
        }

        /** The reviews, the earliest first (on the same day, in the codes' order). */
        List<ImportedReview> inOrder() {
            int[] sorted = Arrays.copyOf(held, size);
            Arrays.sort(sorted);
            List<ImportedReview> all = new ArrayList<>(size);
            for (int review : sorted) {
                all.add(new ImportedReview(child, LocalDate.ofEpochDay(Math.floorDiv(review, CODES.length)),
                        CODES[Math.floorMod(review, CODES.length)]));
            }
            return all;
        }
    }

    private LocalDate date(Ssda903Files.FileDate date) {
        if (date.date() == null) {
            return null;
        }
        return (LocalDate) shared.computeIfAbsent(date.text(), t -> date.date());
    }

    private String text(String code) {
        return (String) shared.computeIfAbsent(code, c -> c);
    }

    private PlacementType placementType(String code) {
        return (PlacementType) shared.computeIfAbsent("PLACE:" + code, c -> new PlacementType(code));
    }

    /** {@code SEX}: 1 or M male, 2 or F female; U (not known, from 2024/25) is recorded as not recorded. */
    static Gender gender(String sex) {
        return switch (sex) {
            case "1", "M" -> Gender.MALE;
            case "2", "F" -> Gender.FEMALE;
            default -> Gender.NOT_RECORDED;
        };
    }

    /**
     * The episodes of one child, oldest first, folded into periods of care. A first episode that is not a new period
     * ({@code RNE} other than S) starts one whose true start the files do not show ({@code startKnown} false). A
     * placement is as far from home as its first episode's postcodes say.
     */
    private static List<PeriodOfCare> periods(List<Episode> episodes) {
        List<Episode> ordered = new ArrayList<>(episodes);
        ordered.sort(Comparator.comparing(Episode::start));
        List<PeriodOfCare> periods = new ArrayList<>();
        Building current = null;
        for (Episode episode : ordered) {
            boolean starts = episode.rne().equals("S");
            if (current == null || starts) {
                if (current != null) {
                    periods.add(current.build(null, null));
                }
                current = new Building(episode.start(), starts);
            }
            current.episode(episode);
            if (episode.end() != null && !episode.reason().equals("X1")) {
                periods.add(current.build(episode.end(), new EndReason(episode.reason())));
                current = null;
            }
        }
        if (current != null) {
            periods.add(current.build(null, null));
        }
        return List.copyOf(periods);
    }

    /**
     * A period of care being read, episode by episode: a legal status spell when the status changes, a placement when
     * the child moves or the placement's type changes.
     */
    private static final class Building {
        private final LocalDate start;
        private final boolean startKnown;
        private final List<LegalStatusSpell> legalStatuses = new ArrayList<>();
        private final List<Placement> placements = new ArrayList<>();

        Building(LocalDate start, boolean startKnown) {
            this.start = start;
            this.startKnown = startKnown;
        }

        void episode(Episode episode) {
            if (legalStatuses.isEmpty() || legalStatuses.get(legalStatuses.size() - 1).status()
                    != episode.legalStatus()) {
                legalStatuses.add(new LegalStatusSpell(episode.start(), episode.legalStatus()));
            }
            boolean moved = MOVES.contains(episode.rne());
            if (placements.isEmpty() || moved
                    || !Objects.equals(placements.get(placements.size() - 1).type(), episode.place())) {
                placements.add(new Placement(episode.start(), episode.place(), episode.over20Miles(), null));
            }
        }

        PeriodOfCare build(LocalDate end, EndReason reason) {
            return new PeriodOfCare(start, end, reason, startKnown, legalStatuses, placements);
        }
    }
}
