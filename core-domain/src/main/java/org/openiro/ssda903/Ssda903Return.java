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
 */
public final class Ssda903Return {

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

    private Ssda903Return(AuthorityCode authority) {
        this.authority = authority;
    }

    /** @param distance measures each placement's distance from home between its episode's HOME_POST and PL_POST */
    public static Ssda903Return read(AuthorityCode authority, Ssda903Files files, DistanceFromHome distance) {
        Ssda903Return read = new Ssda903Return(authority);
        files.header().forEachRow(read.header::add);
        files.episodes().forEachRow(row -> read.episodes.computeIfAbsent(row.child(), c -> new ArrayList<>(4))
                .add(new Episode(read.date(row.start()), read.text(row.rne()),
                        LegalStatus.valueOf(row.legalStatus()), read.placementType(row.place()),
                        read.date(row.end()), read.text(row.reason()),
                        distance.over20Miles(row.homePostcode(), row.placementPostcode()))));
        files.reviews().forEachRow(row -> read.reviews.computeIfAbsent(row.child(),
                c -> new HeldReviews(ChildId.of(c))).add(row.held().date(),
                ParticipationCode.valueOf(row.participation())));
        if (files.uasc() != null) {
            files.uasc().forEachRow(row -> read.uasc.add(row.child()));
        }
        return read;
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
