package org.openiro.persistence.children;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The domain's {@code ShortBreaks.onlyShortBreaks} asked in SQL of the stored history: whether a child's every episode
 * between two days was a short break, reading the domain's own decision stored with each legal status
 * ({@code legal_status.short_break}) rather than naming the codes. A legal status runs from its date until the next of
 * its period of care begins, the last until the period ends; it falls in the window when it began by the window's last
 * day and had not ended before its first (the DfE's episodes of a collection year: those open in it, and one that
 * ended on its first day). The SSDA903 reviews table asks it of a collection year (rule 399), the service report of
 * its period (reports.md, "Children looked after").
 */
public final class ShortBreakEpisodes {

    private ShortBreakEpisodes() {
    }

    /** The legal status {@code spell} of the period of care {@code period} is in the window; binds to, from, from. */
    private static String inWindow(String spell, String period) {
        return " AND " + spell + ".from_date <= ? AND (" + period + ".end_date IS NULL OR " + period + ".end_date >= ?)"
                + " AND NOT EXISTS (SELECT 1 FROM legal_status n WHERE n.period_id = " + spell + ".period_id"
                + " AND n.from_date > " + spell + ".from_date AND n.from_date < ?)";
    }

    /** The child named by the two columns had an episode other than a short break in the window. */
    private static String ordinaryEpisodeIn(String authorityColumn, String childColumn) {
        return "EXISTS (SELECT 1 FROM legal_status s JOIN period_of_care q ON q.id = s.period_id"
                + " WHERE s.authority = " + authorityColumn + " AND s.child_id = " + childColumn
                + " AND s.short_break = FALSE" + inWindow("s", "q") + ")";
    }

    /**
     * {@code AND EXISTS (…)}: the child named by the two columns had an episode other than a short break between the
     * days {@link #between} binds: false, so left out, also for a child with no episode there at all.
     */
    public static String hadOrdinaryEpisode(String authorityColumn, String childColumn) {
        return " AND " + ordinaryEpisodeIn(authorityColumn, childColumn);
    }

    /** The parameters of {@link #hadOrdinaryEpisode}, for the window from {@code from} to {@code to}. */
    public static List<Object> between(LocalDate from, LocalDate to) {
        return List.of(to, from, from);
    }

    /**
     * {@code AND … NOT IN (…)}: the child in {@code childColumn} is not one of the authority's children whose every
     * episode in the window was a short break, the window's days and the authority bound by {@link #notAloneBinding}.
     * For queries of periods of care that fall in the window, as the report's do, where it says the same as
     * {@link #hadOrdinaryEpisode}; asked as one set rather than row by row, so that a plan PostgreSQL makes once for
     * any days (a prepared statement's, after a few runs) stays a hash of a handful of children: the correlated form
     * took seconds there for the largest authority.
     */
    public static String notOnShortBreaksAlone(String childColumn) {
        return " AND " + childColumn + " NOT IN (SELECT b.child_id FROM legal_status b JOIN period_of_care bq"
                + " ON bq.id = b.period_id WHERE b.authority = ? AND b.short_break = TRUE" + inWindow("b", "bq")
                + " AND NOT " + ordinaryEpisodeIn("b.authority", "b.child_id") + ")";
    }

    /** The parameters of {@link #notOnShortBreaksAlone}. */
    public static List<Object> notAloneBinding(String authority, LocalDate from, LocalDate to) {
        List<Object> parameters = new ArrayList<>(List.of(authority));
        parameters.addAll(between(from, to));
        parameters.addAll(between(from, to));
        return parameters;
    }
}
