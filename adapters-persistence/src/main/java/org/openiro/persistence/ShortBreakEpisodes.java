package org.openiro.persistence;

import java.time.LocalDate;
import java.util.List;

/**
 * The domain's {@code ShortBreaks.onlyShortBreaks} asked in SQL of the stored history: whether a child had, between two
 * days, an episode under a legal status other than short breaks, reading the domain's own decision stored with each
 * legal status ({@code legal_status.short_break}) rather than naming the codes. A legal status runs from its date
 * until the next of its period of care begins, the last until the period ends; it falls in the window when it began by
 * the window's last day and had not ended before its first (the DfE's episodes of a collection year: those open in it,
 * and one that ended on its first day). The SSDA903 reviews table asks it of a collection year (rule 399), the
 * service report of its period (reports.md, "Children looked after").
 */
final class ShortBreakEpisodes {

    private ShortBreakEpisodes() {
    }

    /**
     * {@code AND EXISTS (…)}: the child named by the two columns had an episode other than a short break between the
     * days {@link #between} binds, in that order.
     */
    static String hadOrdinaryEpisode(String authorityColumn, String childColumn) {
        return " AND EXISTS (SELECT 1 FROM legal_status s JOIN period_of_care q ON q.id = s.period_id"
                + " WHERE s.authority = " + authorityColumn + " AND s.child_id = " + childColumn
                + " AND s.short_break = FALSE AND s.from_date <= ? AND (q.end_date IS NULL OR q.end_date >= ?)"
                + " AND NOT EXISTS (SELECT 1 FROM legal_status n WHERE n.period_id = s.period_id"
                + " AND n.from_date > s.from_date AND n.from_date < ?))";
    }

    /** The parameters of {@link #hadOrdinaryEpisode}, for the window from {@code from} to {@code to}. */
    static List<Object> between(LocalDate from, LocalDate to) {
        return List.of(to, from, from);
    }
}
