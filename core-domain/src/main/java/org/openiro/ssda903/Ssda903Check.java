package org.openiro.ssda903;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * Everything wrong with a set of SSDA903 files, found before anything is kept, every problem and not just the
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

    /** How the files write dates, for messages that quote one. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

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
    /** Each header row's SEX, checked once the return's year is known, and where among the problems it then goes. */
    private final List<Sex> sexes = new ArrayList<>();
    /** The latest episode or review date in the files, found as they are checked: its year is the return's. */
    private LocalDate latest;

    private record Sex(int at, String file, int row, String code) {
    }

    private Ssda903Check() {
    }

    /** Every problem in the files, in file and row order; none means the files may be imported. */
    public static List<ImportProblem> check(Ssda903Files files) {
        Ssda903Check check = new Ssda903Check();
        boolean complete = check.columns(files.header(), HEADER_COLUMNS)
                & check.columns(files.episodes(), EPISODE_COLUMNS)
                & check.columns(files.reviews(), REVIEW_COLUMNS);
        if (!complete) {
            return List.copyOf(check.problems);
        }
        check.header(files.header());
        check.episodes(files.episodes());
        check.reviews(files.reviews());
        if (files.uasc() != null) {
            check.uasc(files.uasc());
        }
        return check.withSexes(CollectionYear.containing(check.latest == null ? LocalDate.now() : check.latest));
    }

    /**
     * The problems with each header row's {@code SEX} put in their places, now that the files' latest date gives the
     * return's year: the header is checked in the same pass as everything else, rather than after a pass over the
     * episodes and reviews for their dates alone (a third of the check's reading of a national return).
     */
    private List<ImportProblem> withSexes(CollectionYear year) {
        Set<String> sexes = year.endYear() <= 2024 ? SEX_UNTIL_2024 : SEX_FROM_2025;
        List<ImportProblem> all = new ArrayList<>(problems.size());
        int next = 0;
        for (Sex sex : this.sexes) {
            if (sexes.contains(sex.code())) {
                continue;
            }
            while (next < sex.at()) {
                all.add(problems.get(next++));
            }
            all.add(new ImportProblem(sex.file(), sex.row(), "SEX", null, "unknown code '" + sex.code() + "': in "
                    + year + " SEX is one of " + String.join(", ", new java.util.TreeSet<>(sexes))));
        }
        all.addAll(problems.subList(next, problems.size()));
        return List.copyOf(all);
    }

    private boolean columns(Ssda903Files.Table<?> table, List<String> required) {
        boolean complete = true;
        List<String> columns = table.columns();
        for (String column : required) {
            if (!columns.contains(column)) {
                problem(table.file(), 1, column, null, "the column " + column + " is missing from the first line");
                complete = false;
            }
        }
        return complete;
    }

    private void header(Ssda903Files.Table<Ssda903Files.HeaderRow> table) {
        String file = table.file();
        table.forEachRow(row -> {
            String child = row.child();
            if (child.isEmpty()) {
                problem(file, row.row(), "CHILD", null, "the child's id is blank");
                return;
            }
            Integer earlier = headerRow.putIfAbsent(child, row.row());
            if (earlier != null) {
                problem(file, row.row(), "CHILD", null, "duplicate row: child " + child + " is already on row "
                        + earlier);
                return;
            }
            sexes.add(new Sex(problems.size(), file, row.row(), row.sex()));
            LocalDate dob = requiredDate(file, row.row(), "DOB", row.dob(), null);
            if (dob != null) {
                bornOn.put(child, dob);
            }
            code(file, row.row(), "ETHNIC", row.ethnic(), () -> Ethnicity.of("ETHNIC", row.ethnic()));
        });
    }

    private void episodes(Ssda903Files.Table<Ssda903Files.EpisodeRow> table) {
        RowsByDay seen = new RowsByDay();
        String file = table.file();
        table.forEachRow(row -> {
            latest = later(later(latest, row.start().date()), row.end().date());
            String child = row.child();
            if (!headerRow.containsKey(child)) {
                problem(file, row.row(), "CHILD", null, "child " + (child.isEmpty() ? "(blank)" : child)
                        + " is not in the header file");
            }
            LocalDate start = requiredDate(file, row.row(), "DECOM", row.start(), null);
            if (start != null) {
                Integer earlier = seen.putIfAbsent(child, start, row.row());
                if (earlier != null) {
                    problem(file, row.row(), "DECOM", null, "duplicate row: child " + child + " already has an episode"
                            + " starting " + row.start().text() + " on row " + earlier);
                }
                firstEpisode.merge(child, start, (a, b) -> a.isBefore(b) ? a : b);
                LocalDate born = bornOn.get(child);
                if (born != null && start.isBefore(born)) {
                    problem(file, row.row(), "DECOM", null, "the episode starts before the child was born (" + born + ")");
                }
            }
            if (!NEW_EPISODE_REASONS.contains(row.rne())) {
                problem(file, row.row(), "RNE", null, "unknown code '" + row.rne() + "': RNE is one of B, L, P, S, T, U");
            }
            LegalStatus[] status = {null};
            code(file, row.row(), "LS", row.legalStatus(), () -> status[0] = LegalStatus.of("LS", row.legalStatus()));
            if (start != null) {
                code(file, row.row(), "PLACE", row.place(), () -> PlacementType.of("PLACE", row.place(), start));
            }
            LocalDate end = optionalDate(file, row.row(), "DEC", row.end());
            if (status[0] != null && start != null) {
                episode(child, start, end, status[0]);
            }
            if (end != null && start != null && end.isBefore(start)) {
                problem(file, row.row(), "DEC", null, "the episode ends (" + row.end().text() + ") before it starts ("
                        + row.start().text() + ")");
            }
            String reason = row.reason();
            if (end != null && !reason.equals("X1")) {
                code(file, row.row(), "REC", reason, () -> EndReason.of("REC", reason));
            } else if (end == null && !reason.isEmpty()) {
                problem(file, row.row(), "REC", null, "a reason the episode ended is given, but no date it ended (DEC)");
            }
        });
    }

    private void reviews(Ssda903Files.Table<Ssda903Files.ReviewRow> table) {
        RowsByDay seen = new RowsByDay();
        String file = table.file();
        table.forEachRow(row -> {
            latest = later(latest, row.held().date());
            String child = row.child();
            boolean inHeader = headerRow.containsKey(child);
            if (!inHeader) {
                problem(file, row.row(), "CHILD", "INT08", "child " + (child.isEmpty() ? "(blank)" : child)
                        + " has a review but is not in the header file");
            }
            LocalDate dob = optionalDate(file, row.row(), "DOB", row.dob());
            LocalDate headerDob = bornOn.get(child);
            if (inHeader && dob != null && headerDob != null && !dob.equals(headerDob)) {
                problem(file, row.row(), "DOB", "INT17", "the date of birth " + row.dob().text()
                        + " differs from the header file's " + DATE.format(headerDob));
            }
            String code = row.participation();
            String date = row.held().text();
            if (date.isEmpty() != code.isEmpty()) {
                problem(file, row.row(), date.isEmpty() ? "REVIEW" : "REVIEW_CODE", "167",
                        "a review date and its participation code come together: one is blank");
            }
            LocalDate held = null;
            if (date.isEmpty()) {
                problem(file, row.row(), "REVIEW", "166", "the review date is blank");
            } else {
                held = row.held().date();
                if (held == null) {
                    problem(file, row.row(), "REVIEW", "166", "bad date '" + date + "': expected dd/mm/yyyy");
                }
            }
            ParticipationCode participation = null;
            if (!code.isEmpty()) {
                try {
                    participation = ParticipationCode.valueOf(code);
                } catch (IllegalArgumentException unknown) {
                    problem(file, row.row(), "REVIEW_CODE", null, "unknown code '" + code + "': REVIEW_CODE is PN0 to PN7");
                }
            }
            if (held == null) {
                return;
            }
            Integer earlier = seen.putIfAbsent(child, held, row.row());
            if (earlier != null) {
                problem(file, row.row(), "REVIEW", null, "duplicate row: child " + child + " already has a review on "
                        + date + " on row " + earlier);
            }
            if (inHeader && !firstEpisode.containsKey(child)) {
                problem(file, row.row(), "CHILD", "1012", "child " + child + " has a review but no episode");
            } else if (firstEpisode.containsKey(child) && held.isBefore(firstEpisode.get(child))) {
                problem(file, row.row(), "REVIEW", null, "the review (" + date + ") is before the child came into care ("
                        + DATE.format(firstEpisode.get(child)) + ")");
            }
            CollectionYear year = CollectionYear.containing(held);
            if (onShortBreaks.contains(child) && ShortBreaks.onlyShortBreaks(
                    ordinaryEpisodes.getOrDefault(child, List.of()), year.firstDay(), year.lastDay())) {
                problem(file, row.row(), "CHILD", "399", "child " + child + " is looked after only under short breaks"
                        + " (V3/V4) in " + year + ", and a short-breaks child has no 903 reviews that year");
            }
            LocalDate born = headerDob != null ? headerDob : dob;
            if (participation != null && born != null) {
                try {
                    participation.checkAge("REVIEW_CODE", born, held);
                } catch (InvalidInput wrongForAge) {
                    problem(file, row.row(), "REVIEW_CODE", participation == ParticipationCode.PN0 ? "440" : "441",
                            participation == ParticipationCode.PN0
                                    ? "PN0 is for a child under 4, and this child was 4 or over at the review"
                                    : "a child under 4 at the review is coded PN0, not " + participation);
                }
            }
        });
    }

    /**
     * The row of each child's episode or review on each day, to find a second one: for a child of the header file, by
     * the child's header row and the day as one number in a table of numbers. Keyed by text ("child|day"), a national
     * return's 735,000 episodes and reviews made as many strings, integers and entries, 70 MB that lived while the
     * files were read and checked and were copied by the collector, on the way to the first batch, before they died.
     */
    private final class RowsByDay {
        private long[] keys = new long[1 << 16];
        private int[] rows = new int[keys.length];
        private int size;
        /** Children not in the header (a problem already): by text. */
        private final Map<String, Integer> others = new HashMap<>();

        /** The row already seen for the child on that day, else null, this one kept. */
        Integer putIfAbsent(String child, LocalDate day, int row) {
            Integer header = headerRow.get(child);
            if (header == null) {
                return others.putIfAbsent(child + "|" + day, row);
            }
            long key = (long) header << 32 | day.toEpochDay() & 0xFFFF_FFFFL;
            int at = slot(key);
            if (rows[at] != 0) {
                return rows[at];
            }
            keys[at] = key;
            rows[at] = row;
            if (++size * 2 > keys.length) {
                grow();
            }
            return null;
        }

        /** Where the key is, or the empty slot it would go in (open addressing; rows are numbered from 2, never 0). */
        private int slot(long key) {
            int mask = keys.length - 1;
            int at = (int) (key * 0x9E37_79B9_7F4A_7C15L >>> 32) & mask;
            while (rows[at] != 0 && keys[at] != key) {
                at = (at + 1) & mask;
            }
            return at;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldRows = rows;
            keys = new long[oldKeys.length * 2];
            rows = new int[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldRows[i] != 0) {
                    int at = slot(oldKeys[i]);
                    keys[at] = oldKeys[i];
                    rows[at] = oldRows[i];
                }
            }
        }
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
    private void uasc(Ssda903Files.Table<Ssda903Files.UascRow> table) {
        String file = table.file();
        if (!table.columns().contains("CHILD")) {
            problem(file, 1, "CHILD", null, "the column CHILD is missing from the first line");
            return;
        }
        table.forEachRow(row -> {
            if (!headerRow.containsKey(row.child())) {
                problem(file, row.row(), "CHILD", null, "child " + row.child() + " is not in the header file");
            }
        });
    }

    private interface Check {
        void run();
    }

    /** A code the domain knows: its own refusal, said against the row. */
    private void code(String file, int row, String column, String written, Check check) {
        try {
            check.run();
        } catch (InvalidInput e) {
            String message = e.errors().stream().map(FieldError::message).findFirst().orElse(e.getMessage());
            problem(file, row, column, null, "unknown code '" + written + "': " + message);
        }
    }

    private LocalDate requiredDate(String file, int row, String column, Ssda903Files.FileDate date, String rule) {
        if (date.isBlank()) {
            problem(file, row, column, rule, column + " is blank");
            return null;
        }
        return optionalDate(file, row, column, date);
    }

    private LocalDate optionalDate(String file, int row, String column, Ssda903Files.FileDate written) {
        String text = written.text();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = written.date();
        if (date == null) {
            problem(file, row, column, null, "bad date '" + text + "': expected dd/mm/yyyy");
            return null;
        }
        // Only dates the working-day calendar can count from (issue 22); a birth may be earlier (SupportedDates).
        boolean birth = column.equals("DOB");
        if (birth ? !SupportedDates.containsBirth(date) : !SupportedDates.contains(date)) {
            problem(file, row, column, null, "date '" + text + "' " + (birth ? SupportedDates.BIRTH_MESSAGE
                    : SupportedDates.MESSAGE));
            return null;
        }
        return date;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private void problem(String file, int row, String field, String rule, String message) {
        problems.add(new ImportProblem(file, row, field, rule, message));
    }
}
