package org.openiro.ssda903;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.openiro.reviews.ParticipationCode;

/**
 * A checked set of SSDA903 files as the service's own records: each child with their periods of care, legal statuses
 * and placements, and the reviews they had. Episodes are the DfE's rows of "what changed when"; a period of care
 * starts at an episode with {@code RNE = S} and runs through the episodes that continue it, until one ends with a
 * {@code REC} other than {@code X1} (api.md, "SSDA903"). Read only files that {@link Ssda903Check} found no problem in.
 */
public record Ssda903Return(List<Child> children, List<ImportedReview> reviews) {

    /** A review as the return records it: the day it was held, and how the child took part. */
    public record ImportedReview(ChildId child, LocalDate held, ParticipationCode participation) {
    }

    public static Ssda903Return from(AuthorityCode authority, Ssda903Check.Files files) {
        Map<String, List<CsvTable.Row>> episodes = new LinkedHashMap<>();
        for (CsvTable.Row row : files.episodes().rows()) {
            episodes.computeIfAbsent(row.get("CHILD"), c -> new ArrayList<>()).add(row);
        }
        java.util.Set<String> uasc = new java.util.HashSet<>();
        if (files.uasc() != null) {
            files.uasc().rows().forEach(row -> uasc.add(row.get("CHILD")));
        }
        List<Child> children = new ArrayList<>();
        for (CsvTable.Row row : files.header().rows()) {
            String id = row.get("CHILD");
            Child.Demographics demographics = new Child.Demographics(null, Ssda903Check.date(row.get("DOB")),
                    gender(row.get("SEX")), Ethnicity.valueOf(row.get("ETHNIC")), uasc.contains(id), false);
            children.add(new Child(authority, ChildId.of(id), demographics,
                    periods(episodes.getOrDefault(id, List.of())), null));
        }
        List<ImportedReview> reviews = files.reviews().rows().stream()
                .map(row -> new ImportedReview(ChildId.of(row.get("CHILD")), Ssda903Check.date(row.get("REVIEW")),
                        ParticipationCode.valueOf(row.get("REVIEW_CODE"))))
                .toList();
        return new Ssda903Return(List.copyOf(children), reviews);
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
     * ({@code RNE} other than S) starts one whose true start the files do not show ({@code startKnown} false). The
     * distance from home is left unknown: {@code HOME_POST} and {@code PL_POST} are partial postcodes the service
     * cannot measure between without a postcode directory.
     */
    static List<PeriodOfCare> periods(List<CsvTable.Row> episodes) {
        List<CsvTable.Row> ordered = new ArrayList<>(episodes);
        ordered.sort(Comparator.comparing(row -> Ssda903Check.date(row.get("DECOM"))));
        List<PeriodOfCare> periods = new ArrayList<>();
        Building current = null;
        for (CsvTable.Row episode : ordered) {
            LocalDate start = Ssda903Check.date(episode.get("DECOM"));
            if (current == null || episode.get("RNE").equals("S")) {
                if (current != null) {
                    periods.add(current.build(null, null));
                }
                current = new Building(start, episode.get("RNE").equals("S"));
            }
            current.episode(start, LegalStatus.valueOf(episode.get("LS")), new PlacementType(episode.get("PLACE")));
            LocalDate end = Ssda903Check.date(episode.get("DEC"));
            String reason = episode.get("REC");
            if (end != null && !reason.equals("X1")) {
                periods.add(current.build(end, new EndReason(reason)));
                current = null;
            }
        }
        if (current != null) {
            periods.add(current.build(null, null));
        }
        return List.copyOf(periods);
    }

    /** A period of care being read, episode by episode: a spell when the legal status changes, a placement when it moves. */
    private static final class Building {
        private final LocalDate start;
        private final boolean startKnown;
        private final List<LegalStatusSpell> legalStatuses = new ArrayList<>();
        private final List<Placement> placements = new ArrayList<>();

        Building(LocalDate start, boolean startKnown) {
            this.start = start;
            this.startKnown = startKnown;
        }

        void episode(LocalDate from, LegalStatus status, PlacementType place) {
            if (legalStatuses.isEmpty() || legalStatuses.get(legalStatuses.size() - 1).status() != status) {
                legalStatuses.add(new LegalStatusSpell(from, status));
            }
            if (placements.isEmpty() || !Objects.equals(placements.get(placements.size() - 1).type(), place)) {
                placements.add(new Placement(from, place, null, null));
            }
        }

        PeriodOfCare build(LocalDate end, EndReason reason) {
            return new PeriodOfCare(start, end, reason, startKnown, legalStatuses, placements);
        }
    }
}
