package org.openiro.children;

import java.time.LocalDate;

/**
 * Short breaks (CPPCR 2010 reg 48; SSDA903 legal statuses V3 and V4, {@link LegalStatus#isShortBreak()}): when a child
 * is looked after under them, and when breaks make one series. The DfE records each break of a V3 series as an episode
 * of its own starting {@code RNE = S}, so a series is often a string of short periods of care, one a break; it is
 * still one arrangement, reviewed as one (3 months after the first break, then 6-monthly), and it goes on while each
 * break follows the one before with no gap longer than 6 months. A child stops being a short-breaks child when an
 * episode under any other legal status begins.
 *
 * <p>The 903 return and the DfE's statistics leave a short-breaks child out (rule 399, no reviews returned; not in the
 * children looked after) by collection year, and the service report by report period: {@link #onlyShortBreaks} says
 * whether every episode of a window is a short break. The database keeps {@code isShortBreak} beside each stored
 * legal status ({@code legal_status.short_break}) and asks the same of it in SQL ({@code ShortBreakEpisodes}).
 */
public final class ShortBreaks {

    /** A break that starts more than this many months after the last one ended starts a new series. */
    public static final int SERIES_GAP_MONTHS = 6;

    private ShortBreaks() {
    }

    /**
     * The day the period stops being short breaks: the first legal status under anything else, from which the ordinary
     * review cycle applies. Its start when it never was; null when it is short breaks throughout.
     */
    public static LocalDate ordinaryFrom(PeriodOfCare period) {
        for (LegalStatusSpell spell : period.legalStatuses()) {
            if (!spell.status().isShortBreak()) {
                return spell.from();
            }
        }
        return period.legalStatuses().isEmpty() ? period.start() : null;
    }

    /** Whether the period begins as a short break (its first legal status is V3 or V4). */
    public static boolean beginsAsShortBreak(PeriodOfCare period) {
        return !period.legalStatuses().isEmpty() && period.legalStatuses().get(0).status().isShortBreak();
    }

    /**
     * The last day of the series whose latest break ended on {@code lastBreakEnded} (the period's end date): a break
     * starting on or before it continues the series, and a review held by then between breaks is one of its reviews.
     */
    public static LocalDate seriesGoesOnUntil(LocalDate lastBreakEnded) {
        return lastBreakEnded.plusMonths(SERIES_GAP_MONTHS);
    }

    /**
     * An episode as the DfE counts them for these rules: from its start to the day it ended (the 903 {@code DEC}, null
     * while it goes on), and whether the child was looked after under short breaks.
     */
    public record Episode(LocalDate start, LocalDate end, boolean shortBreak) {
    }

    /**
     * Whether every episode that falls between {@code from} and {@code to} (both included) is a short break; also true
     * when none does, as a window without an ordinary episode has nothing to return or count. An episode falls in the
     * window when it starts on or before {@code to} and has not ended before {@code from}: a 903 return holds every
     * episode open in its year, and one that ended on its first day.
     */
    public static boolean onlyShortBreaks(Iterable<Episode> episodes, LocalDate from, LocalDate to) {
        for (Episode episode : episodes) {
            boolean inWindow = !episode.start().isAfter(to) && (episode.end() == null || !episode.end().isBefore(from));
            if (inWindow && !episode.shortBreak()) {
                return false;
            }
        }
        return true;
    }
}
