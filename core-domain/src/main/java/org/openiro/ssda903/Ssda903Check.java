package org.openiro.ssda903;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openiro.calendar.SupportedDates;
import org.openiro.children.CollectionYear;
import org.openiro.children.EndReason;
import org.openiro.children.Ethnicity;
import org.openiro.children.LegalStatus;
import org.openiro.children.PlacementType;
import org.openiro.children.ShortBreaks;
import org.openiro.reviews.ParticipationCode;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;

/**
 * Everything wrong with a set of SSDA903 files, found before anything is written, every problem and not just the
 * first. The file layouts, code lists and rules are the DfE's children looked after return (technical specification
 * and guide, collection years 2023/24 to 2025/26, gov.uk "Children looked after return: technical specifications");
 * the rule codes and the years each code list changed follow the open-source validator
 * data-to-insight/csc-validator-be-903 ({@code lac_validator/rules/lac2022_23} to {@code lac2025_26}), with the
 * notes in docs/ssda903-code-lists.md. The checks are written from the rules, not from that code.
 *
 * <p>Code lists that change by year are read with the lists of the year the row's own date falls in (a placement's
 * start for {@code PLACE}); {@code SEX}, which has no date of its own, with those of the return's year: the year of the
 * latest date in the files.
 */
public final class Ssda903Check {

    public static final List<String> HEADER_COLUMNS = List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER",
            "MC_DOB");
    public static final List<String> EPISODE_COLUMNS = List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE",
            "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN");
    public static final List<String> REVIEW_COLUMNS = List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE");

    /** {@code RNE}, the reason a new episode starts: S is a new period of care, the others continue one. */
    static final Set<String> NEW_EPISODE_REASONS = Set.of("S", "P", "L", "T", "U", "B");
    /** {@code SEX} until 2023/24 (1 male, 2 female), and from 2024/25 (M, F, U). */
    static final Set<String> SEX_UNTIL_2024 = Set.of("1", "2");
    static final Set<String> SEX_FROM_2025 = Set.of("M", "F", "U");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** @param uasc the optional UASC file: children listed there are unaccompanied asylum-seeking children */
    public record Files(CsvTable header, CsvTable episodes, CsvTable reviews, CsvTable uasc) {
        public Files(CsvTable header, CsvTable episodes, CsvTable reviews) {
            this(header, episodes, reviews, null);
        }
    }

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, LocalDate> bornOn = new HashMap<>();
    private final Map<String, Integer> headerRow = new HashMap<>();
    /** Children with an episode under short breaks (V3, V4), to whom rule 399 may refuse reviews. */
    private final Set<String> onShortBreaks = new HashSet<>();
    /**
     * Each child's episodes under any other legal status, one joined to the next where it follows on the same day:
     * rule 399 refuses the reviews of a collection year in which the child had none ({@link ShortBreaks}).
     */
    private final Map<String, List<ShortBreaks.Episode>> ordinaryEpisodes = new HashMap<>();
    private final Map<String, LocalDate> firstEpisode = new HashMap<>();

    private Ssda903Check() {
    }

    /** Every problem in the files, in file and row order; none means the files may be imported. */
    public static List<ImportProblem> check(Files files) {
        Ssda903Check check = new Ssda903Check();
        boolean complete = check.columns(files.header(), HEADER_COLUMNS)
                & check.columns(files.episodes(), EPISODE_COLUMNS)
                & check.columns(files.reviews(), REVIEW_COLUMNS);
        if (!complete) {
            return List.copyOf(check.problems);
        }
        CollectionYear year = returnYear(files);
        check.header(files.header(), year);
        check.episodes(files.episodes());
        check.reviews(files.reviews());
        if (files.uasc() != null) {
            check.uasc(files.uasc());
        }
        return List.copyOf(check.problems);
    }

    private boolean columns(CsvTable table, List<String> required) {
        boolean complete = true;
        List<String> columns = table.columns();
        for (String column : required) {
            if (!columns.contains(column)) {
                problem(table, 1, column, null, "the column " + column + " is missing from the first line");
                complete = false;
            }
        }
        return complete;
    }

    /** The year of the latest episode or review date in the files: the return they make up. */
    static CollectionYear returnYear(Files files) {
        LocalDate[] latest = {null};
        files.episodes().forEachRow(row -> {
            latest[0] = later(latest[0], date(row.get("DECOM")));
            latest[0] = later(latest[0], date(row.get("DEC")));
        });
        files.reviews().forEachRow(row -> latest[0] = later(latest[0], date(row.get("REVIEW"))));
        return CollectionYear.containing(latest[0] == null ? LocalDate.now() : latest[0]);
    }

    private void header(CsvTable table, CollectionYear year) {
        Set<String> sexes = year.endYear() <= 2024 ? SEX_UNTIL_2024 : SEX_FROM_2025;
        table.forEachRow(row -> {
            String child = row.get("CHILD");
            if (child.isEmpty()) {
                problem(table, row, "CHILD", null, "the child's id is blank");
                return;
            }
            Integer earlier = headerRow.putIfAbsent(child, row.number());
            if (earlier != null) {
                problem(table, row, "CHILD", null, "duplicate row: child " + child + " is already on row " + earlier);
                return;
            }
            if (!sexes.contains(row.get("SEX"))) {
                problem(table, row, "SEX", null, "unknown code '" + row.get("SEX") + "': in " + year + " SEX is one of "
                        + String.join(", ", new java.util.TreeSet<>(sexes)));
            }
            LocalDate dob = requiredDate(table, row, "DOB", null);
            if (dob != null) {
                bornOn.put(child, dob);
            }
            code(table, row, "ETHNIC", () -> Ethnicity.of("ETHNIC", row.get("ETHNIC")));
        });
    }

    private void episodes(CsvTable table) {
        Map<String, Integer> seen = new HashMap<>();
        table.forEachRow(row -> {
            String child = row.get("CHILD");
            if (!headerRow.containsKey(child)) {
                problem(table, row, "CHILD", null, "child " + (child.isEmpty() ? "(blank)" : child)
                        + " is not in the header file");
            }
            LocalDate start = requiredDate(table, row, "DECOM", null);
            if (start != null) {
                Integer earlier = seen.putIfAbsent(child + "|" + start, row.number());
                if (earlier != null) {
                    problem(table, row, "DECOM", null, "duplicate row: child " + child + " already has an episode"
                            + " starting " + row.get("DECOM") + " on row " + earlier);
                }
                firstEpisode.merge(child, start, (a, b) -> a.isBefore(b) ? a : b);
                LocalDate born = bornOn.get(child);
                if (born != null && start.isBefore(born)) {
                    problem(table, row, "DECOM", null, "the episode starts before the child was born (" + born + ")");
                }
            }
            if (!NEW_EPISODE_REASONS.contains(row.get("RNE"))) {
                problem(table, row, "RNE", null, "unknown code '" + row.get("RNE") + "': RNE is one of B, L, P, S, T, U");
            }
            LegalStatus[] status = {null};
            code(table, row, "LS", () -> status[0] = LegalStatus.of("LS", row.get("LS")));
            if (start != null) {
                code(table, row, "PLACE", () -> PlacementType.of("PLACE", row.get("PLACE"), start));
            }
            LocalDate end = optionalDate(table, row, "DEC");
            if (status[0] != null && start != null) {
                episode(child, start, end, status[0]);
            }
            if (end != null && start != null && end.isBefore(start)) {
                problem(table, row, "DEC", null, "the episode ends (" + row.get("DEC") + ") before it starts ("
                        + row.get("DECOM") + ")");
            }
            String reason = row.get("REC");
            if (end != null && !reason.equals("X1")) {
                code(table, row, "REC", () -> EndReason.of("REC", reason));
            } else if (end == null && !reason.isEmpty()) {
                problem(table, row, "REC", null, "a reason the episode ended is given, but no date it ended (DEC)");
            }
        });
    }

    private void reviews(CsvTable table) {
        Map<String, Integer> seen = new HashMap<>();
        table.forEachRow(row -> {
            String child = row.get("CHILD");
            boolean inHeader = headerRow.containsKey(child);
            if (!inHeader) {
                problem(table, row, "CHILD", "INT08", "child " + (child.isEmpty() ? "(blank)" : child)
                        + " has a review but is not in the header file");
            }
            LocalDate dob = optionalDate(table, row, "DOB");
            LocalDate headerDob = bornOn.get(child);
            if (inHeader && dob != null && headerDob != null && !dob.equals(headerDob)) {
                problem(table, row, "DOB", "INT17", "the date of birth " + row.get("DOB")
                        + " differs from the header file's " + DATE.format(headerDob));
            }
            String code = row.get("REVIEW_CODE");
            String date = row.get("REVIEW");
            if (date.isEmpty() != code.isEmpty()) {
                problem(table, row, date.isEmpty() ? "REVIEW" : "REVIEW_CODE", "167",
                        "a review date and its participation code come together: one is blank");
            }
            LocalDate held = null;
            if (date.isEmpty()) {
                problem(table, row, "REVIEW", "166", "the review date is blank");
            } else {
                held = date(date);
                if (held == null) {
                    problem(table, row, "REVIEW", "166", "bad date '" + date + "': expected dd/mm/yyyy");
                }
            }
            ParticipationCode participation = null;
            if (!code.isEmpty()) {
                try {
                    participation = ParticipationCode.valueOf(code);
                } catch (IllegalArgumentException unknown) {
                    problem(table, row, "REVIEW_CODE", null, "unknown code '" + code + "': REVIEW_CODE is PN0 to PN7");
                }
            }
            if (held == null) {
                return;
            }
            Integer earlier = seen.putIfAbsent(child + "|" + held, row.number());
            if (earlier != null) {
                problem(table, row, "REVIEW", null, "duplicate row: child " + child + " already has a review on "
                        + date + " on row " + earlier);
            }
            if (inHeader && !firstEpisode.containsKey(child)) {
                problem(table, row, "CHILD", "1012", "child " + child + " has a review but no episode");
            } else if (firstEpisode.containsKey(child) && held.isBefore(firstEpisode.get(child))) {
                problem(table, row, "REVIEW", null, "the review (" + date + ") is before the child came into care ("
                        + DATE.format(firstEpisode.get(child)) + ")");
            }
            CollectionYear year = CollectionYear.containing(held);
            if (onShortBreaks.contains(child) && ShortBreaks.onlyShortBreaks(
                    ordinaryEpisodes.getOrDefault(child, List.of()), year.firstDay(), year.lastDay())) {
                problem(table, row, "CHILD", "399", "child " + child + " is looked after only under short breaks"
                        + " (V3/V4) in " + year + ", and a short-breaks child has no 903 reviews that year");
            }
            LocalDate born = headerDob != null ? headerDob : dob;
            if (participation != null && born != null) {
                try {
                    participation.checkAge("REVIEW_CODE", born, held);
                } catch (InvalidInput wrongForAge) {
                    problem(table, row, "REVIEW_CODE", participation == ParticipationCode.PN0 ? "440" : "441",
                            participation == ParticipationCode.PN0
                                    ? "PN0 is for a child under 4, and this child was 4 or over at the review"
                                    : "a child under 4 at the review is coded PN0, not " + participation);
                }
            }
        });
    }

    /** Keeps what rule 399 asks of an episode: under short breaks, or else when it ran. */
    private void episode(String child, LocalDate start, LocalDate end, LegalStatus status) {
        if (status.isShortBreak()) {
            onShortBreaks.add(child);
            return;
        }
        List<ShortBreaks.Episode> episodes = ordinaryEpisodes.computeIfAbsent(child, c -> new ArrayList<>(1));
        ShortBreaks.Episode last = episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
        if (last != null && start.equals(last.end())) {
            // An X1 change of placement: the same care goes on, kept as one span to keep a national return small.
            episodes.set(episodes.size() - 1, new ShortBreaks.Episode(last.start(), end, false));
        } else {
            episodes.add(new ShortBreaks.Episode(start, end, false));
        }
    }

    /** The UASC file names children of the header file; its other columns are the DfE's, kept by the DfE. */
    private void uasc(CsvTable table) {
        if (!table.columns().contains("CHILD")) {
            problem(table, 1, "CHILD", null, "the column CHILD is missing from the first line");
            return;
        }
        table.forEachRow(row -> {
            if (!headerRow.containsKey(row.get("CHILD"))) {
                problem(table, row, "CHILD", null, "child " + row.get("CHILD") + " is not in the header file");
            }
        });
    }

    private interface Check {
        void run();
    }

    /** A code the domain knows: its own refusal, said against the row. */
    private void code(CsvTable table, CsvTable.Row row, String column, Check check) {
        try {
            check.run();
        } catch (InvalidInput e) {
            String message = e.errors().stream().map(FieldError::message).findFirst().orElse(e.getMessage());
            problem(table, row, column, null, "unknown code '" + row.get(column) + "': " + message);
        }
    }

    private LocalDate requiredDate(CsvTable table, CsvTable.Row row, String column, String rule) {
        String text = row.get(column);
        if (text.isEmpty()) {
            problem(table, row, column, rule, column + " is blank");
            return null;
        }
        return optionalDate(table, row, column);
    }

    private LocalDate optionalDate(CsvTable table, CsvTable.Row row, String column) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = date(text);
        if (date == null) {
            problem(table, row, column, null, "bad date '" + text + "': expected dd/mm/yyyy");
            return null;
        }
        // Only dates the working-day calendar can count from (issue 22); a birth may be earlier (SupportedDates).
        boolean birth = column.equals("DOB");
        if (birth ? !SupportedDates.containsBirth(date) : !SupportedDates.contains(date)) {
            problem(table, row, column, null, "date '" + text + "' " + (birth ? SupportedDates.BIRTH_MESSAGE
                    : SupportedDates.MESSAGE));
            return null;
        }
        return date;
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return trimmed.length() == 10 ? plainDate(trimmed) : LocalDate.parse(trimmed, DATE);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@code dd/mm/yyyy} read by hand: the same dates the strict pattern reads, several times faster, and a national
     * return has two million of them to read three times.
     */
    private static LocalDate plainDate(String text) {
        if (text.charAt(2) != '/' || text.charAt(5) != '/') {
            throw new DateTimeException("not dd/mm/yyyy");
        }
        return LocalDate.of(digits(text, 6, 10), digits(text, 3, 5), digits(text, 0, 2));
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private void problem(CsvTable table, CsvTable.Row row, String field, String rule, String message) {
        problem(table, row.number(), field, rule, message);
    }

    private void problem(CsvTable table, int row, String field, String rule, String message) {
        problems.add(new ImportProblem(table.file(), row, field, rule, message));
    }
}
