package org.openiro.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.EndReason;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.reviews.BringForwardReason;
import org.openiro.reviews.Direction;
import org.openiro.reviews.HeldReview;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.ReviewKind;

/**
 * Realistic review histories for an authority's children as they stand on {@code today}, the same every time for a
 * seed: one to four periods of care (the last still open for most), up to 20 reviews held on the statutory cadence
 * give or take (some late, some in a series of meetings), moves, placement orders and placements for adoption,
 * unregulated placements for older children, short breaks, and the odd IRO direction.
 */
final class ChildHistories {

    /** One child's history, as {@code ReviewSchedule.compute} takes it. */
    record History(Child child, List<HeldReview> reviews, List<Direction> directions) {
    }

    static final int MAX_REVIEWS = 20;
    private static final LocalDate CODES_OF_2025_26 = LocalDate.of(2025, 4, 1);
    private static final String[] PLACEMENTS = {"U4", "U4", "U4", "U6", "U6", "U6", "U1", "U3", "U3", "U5", "K2",
        "K2", "R1", "P1", "S1", "T4"};

    private final SplittableRandom random;
    private final LocalDate today;

    ChildHistories(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    List<History> generate(int children) {
        List<History> all = new ArrayList<>(children);
        for (int i = 0; i < children; i++) {
            all.add(next(i));
        }
        return all;
    }

    History next(int n) {
        LocalDate firstStart = today.minusDays(between(30, 12 * 365));
        LocalDate born = firstStart.minusDays(between(0, 17 * 365));
        LocalDate eighteen = born.plusYears(18);
        int periodCount = pick(60, 25, 10, 5) + 1;
        boolean lastOpen = random.nextInt(100) < 75;
        List<PeriodOfCare> periods = new ArrayList<>();
        List<HeldReview> reviews = new ArrayList<>();
        List<Direction> directions = new ArrayList<>();
        LocalDate start = firstStart;
        for (int p = 0; p < periodCount; p++) {
            LocalDate limit = min(today.minusDays(1), eighteen.minusDays(1));
            if (start.isAfter(limit)) {
                break;
            }
            boolean open = lastOpen && p == periodCount - 1;
            LocalDate end = open ? null : min(start.plusDays(between(20, 4 * 365)), eighteen);
            if (end != null && !end.isBefore(today)) {
                end = null;
                open = true;
            }
            LocalDate lastFact = end == null ? limit : min(limit, end.minusDays(1));

            List<LegalStatusSpell> statuses = new ArrayList<>();
            LegalStatus status = switch (pick(30, 25, 30, 3, 4, 8)) {
                case 0 -> LegalStatus.C2;
                case 1 -> LegalStatus.C1;
                case 2 -> LegalStatus.V2;
                case 3 -> LegalStatus.E1;
                case 4 -> LegalStatus.J1;
                default -> random.nextBoolean() ? LegalStatus.V3 : LegalStatus.V4;
            };
            statuses.add(new LegalStatusSpell(start, status));
            LocalDate authorised = null;
            if (!status.isShortBreak() && status != LegalStatus.E1 && random.nextInt(100) < 15) {
                LocalDate day = start.plusDays(between(60, 720));
                if (!day.isAfter(lastFact)) {
                    statuses.add(new LegalStatusSpell(day, LegalStatus.E1));
                    authorised = day;
                }
            } else if (status == LegalStatus.E1) {
                authorised = start;
            }

            List<Placement> placements = new ArrayList<>();
            placements.add(placement(start, born));
            LocalDate moved = start;
            int moves = pick(30, 25, 15, 10, 8, 5, 4, 2, 1);
            for (int m = 0; m < moves; m++) {
                moved = moved.plusDays(between(14, 500));
                if (moved.isAfter(lastFact)) {
                    break;
                }
                placements.add(placement(moved, born));
            }
            if (authorised != null && random.nextInt(100) < 50) {
                LocalDate placed = max(authorised, moved).plusDays(between(30, 300));
                if (!placed.isAfter(lastFact)) {
                    placements.add(new Placement(placed, new PlacementType(random.nextBoolean() ? "A5" : "A6"),
                            random.nextBoolean(), true));
                }
            }

            LocalDate last = start;
            int held = 0;
            while (reviews.size() < MAX_REVIEWS) {
                int gap = held == 0 ? between(10, 40) : held == 1 ? between(60, 100) : between(120, 200);
                if (random.nextInt(100) < 10) {
                    gap += between(1, 60); // late
                }
                List<LocalDate> meetings = new ArrayList<>();
                meetings.add(last.plusDays(gap));
                if (random.nextInt(100) < 8) {
                    int more = between(1, 2);
                    for (int k = 0; k < more; k++) {
                        meetings.add(meetings.get(meetings.size() - 1).plusDays(between(5, 15)));
                    }
                }
                LocalDate lastMeeting = meetings.get(meetings.size() - 1);
                if (lastMeeting.isAfter(lastFact)) {
                    break;
                }
                reviews.add(new HeldReview("R" + (reviews.size() + 1), ReviewKind.CLA, new Meetings(meetings), true));
                if (random.nextInt(100) < 8) {
                    LocalDate directedOn = lastMeeting.plusDays(between(1, 60));
                    if (!directedOn.isAfter(lastFact)) {
                        directions.add(new Direction(directedOn.plusDays(between(7, 60)),
                                BringForwardReason.values()[random.nextInt(BringForwardReason.values().length)],
                                directedOn));
                    }
                }
                last = lastMeeting;
                held++;
            }

            periods.add(new PeriodOfCare(start, end, end == null ? null
                    : new EndReason(end.equals(eighteen) ? "E17" : "E8"), true, statuses, placements));
            if (end == null || end.equals(eighteen)) {
                break;
            }
            start = end.plusDays(between(1, 3 * 365));
        }
        Child child = new Child(AuthorityCode.of("bench"), ChildId.of("C" + n),
                new Child.Demographics(null, born, random.nextBoolean() ? Gender.FEMALE : Gender.MALE, Ethnicity.WBRI,
                        false, false), periods, null);
        return new History(child, List.copyOf(reviews), List.copyOf(directions));
    }

    /** A foster or residential placement; from 16, sometimes semi-independent (H5, K3 from 2025/26). */
    private Placement placement(LocalDate start, LocalDate born) {
        String code = PLACEMENTS[random.nextInt(PLACEMENTS.length)];
        if (!start.isBefore(born.plusYears(16)) && random.nextInt(100) < 30) {
            code = start.isBefore(CODES_OF_2025_26) ? "H5" : "K3";
        }
        return new Placement(start, PlacementType.of("placement.type", code, start), random.nextBoolean(),
                random.nextInt(100) < 80);
    }

    /** An index chosen with the given weights. */
    private int pick(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
