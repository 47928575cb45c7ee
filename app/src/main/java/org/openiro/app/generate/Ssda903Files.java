package org.openiro.app.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.openiro.app.generate.Synthetic.Period;
import org.openiro.app.generate.Synthetic.Placement;
import org.openiro.app.generate.Synthetic.Spell;
import org.openiro.children.CollectionYear;
import org.openiro.children.LegalStatus;
import org.openiro.ssda903.Ssda903Check;

/**
 * A generated authority as the DfE's SSDA903 files (header, episodes, reviews, UASC), laid out as the import reads
 * them (the columns of {@link Ssda903Check}, dates dd/mm/yyyy): a new episode at every change of legal status or
 * placement, with the {@code RNE} that says which changed, and the reviews of every child not on short breaks.
 */
final class Ssda903Files {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How many rows each file was given. */
    record Written(int children, int episodes, int reviews, int uasc) {
    }

    private Ssda903Files() {
    }

    static Written write(Synthetic.Authority authority, LocalDate today, Path dir) throws IOException {
        Files.createDirectories(dir);
        // SEX is coded as the return's year codes it (1/2 up to 2023/24, M/F from 2024/25), and the return's year is
        // the year of its latest date, as the import reads it.
        LocalDate latest = authority.children().stream().flatMap(c -> java.util.stream.Stream.concat(
                c.periods().stream().flatMap(p -> java.util.stream.Stream.of(p.start(), p.end())),
                c.reviews().stream().map(Synthetic.Review::held))).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(today);
        boolean letters = CollectionYear.containing(latest).endYear() >= 2025;
        int episodes = 0;
        int reviews = 0;
        int uasc = 0;
        try (BufferedWriter header = writer(dir.resolve("header.csv"), Ssda903Check.HEADER_COLUMNS);
             BufferedWriter episodeFile = writer(dir.resolve("episodes.csv"), Ssda903Check.EPISODE_COLUMNS);
             BufferedWriter reviewFile = writer(dir.resolve("reviews.csv"), Ssda903Check.REVIEW_COLUMNS);
             BufferedWriter uascFile = writer(dir.resolve("uasc.csv"), List.of("CHILD", "SEX", "DOB", "DUC"))) {
            for (Synthetic.Child c : authority.children()) {
                String sex = c.gender().equals("male") ? (letters ? "M" : "1") : (letters ? "F" : "2");
                String dob = DATE.format(c.born());
                line(header, c.id(), sex, dob, c.ethnicity(), c.upn(), "", "");
                for (Period period : c.periods()) {
                    episodes += episodes(episodeFile, c.id(), period);
                }
                boolean shortBreaks = c.periods().stream().allMatch(p -> p.legalStatuses().stream()
                        .allMatch(s -> LegalStatus.valueOf(s.code()).isShortBreak()));
                if (!shortBreaks) {
                    for (Synthetic.Review review : c.reviews()) {
                        line(reviewFile, c.id(), dob, DATE.format(review.held()), review.participationCode());
                        reviews++;
                    }
                }
                if (c.uasc()) {
                    LocalDate ceased = c.born().plusYears(18);
                    line(uascFile, c.id(), sex, dob, ceased.isAfter(today) ? "" : DATE.format(ceased));
                    uasc++;
                }
            }
        }
        return new Written(authority.children().size(), episodes, reviews, uasc);
    }

    /** One episode a day on which the legal status or the placement changed. */
    private static int episodes(BufferedWriter out, String child, Period period) throws IOException {
        TreeSet<LocalDate> days = new TreeSet<>();
        period.legalStatuses().forEach(s -> days.add(s.from()));
        period.placements().forEach(p -> days.add(p.start()));
        List<LocalDate> starts = new ArrayList<>(days);
        String previousStatus = null;
        Placement previousPlacement = null;
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            String status = statusOn(period, start);
            Placement placement = placementOn(period, start);
            boolean statusChanged = previousStatus != null && !previousStatus.equals(status);
            boolean placementChanged = previousPlacement != null && !Objects.equals(previousPlacement, placement);
            boolean moved = placementChanged && placement.move();
            String rne = i == 0 ? "S" : statusChanged && placementChanged ? (moved ? "B" : "U")
                    : placementChanged ? (moved ? "P" : "T") : "L";
            boolean last = i == starts.size() - 1;
            String end = last ? (period.end() == null ? "" : DATE.format(period.end())) : DATE.format(starts.get(i + 1));
            String reason = last ? (period.end() == null ? "" : period.endReason()) : "X1";
            String change = placementChanged && placement.reasonForChange() != null ? placement.reasonForChange() : "";
            line(out, child, DATE.format(start), rne, status, "N1", placement.type(), provider(placement.type()), end,
                    reason, change, "", "", "");
            previousStatus = status;
            previousPlacement = placement;
        }
        return starts.size();
    }

    private static String statusOn(Period period, LocalDate day) {
        String status = null;
        for (Spell s : period.legalStatuses()) {
            if (!s.from().isAfter(day)) {
                status = s.code();
            }
        }
        return status;
    }

    private static Placement placementOn(Period period, LocalDate day) {
        Placement current = null;
        for (Placement p : period.placements()) {
            if (!p.start().isAfter(day)) {
                current = p;
            }
        }
        return current;
    }

    /** {@code PLACE_PROVIDER}: the authority's own carers for most, private provision for homes and hostels. */
    private static String provider(String place) {
        return switch (place) {
            case "P1" -> "PR0";
            case "R1", "K2", "H5", "K3" -> "PR4";
            default -> "PR1";
        };
    }

    private static BufferedWriter writer(Path file, List<String> columns) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(String.join(",", columns));
        out.write("\r\n");
        return out;
    }

    private static void line(BufferedWriter out, String... fields) throws IOException {
        out.write(String.join(",", fields));
        out.write("\r\n");
    }
}
