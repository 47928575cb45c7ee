package org.openiro.reviews;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.ShortBreaks;

/**
 * A child's care as the review cycle counts it: in cycles, each numbered from its own first review. A period of care
 * is a cycle; a series of short breaks is one cycle however many periods of care its breaks were recorded as
 * (CPPCR 2010 reg 48), until the child comes into care under another legal status, which starts an ordinary cycle
 * that day (reg 33).
 *
 * <p>A review belongs to the cycle its last meeting falls in: a period of care from its start to its end date, both
 * included (a review on the 903 {@code DEC}, the first day the child is not looked after, is the period's, as the DfE
 * counts it), and a series of short breaks from its first break to six months after its latest break ended, so that a
 * review held between breaks is the series'. Where two cycles meet on a day, the later one has it.
 */
final class ReviewCycles {

    /**
     * @param shortBreaks a series of short breaks: first review 3 months after the first break, then every 6 months
     * @param startKnown  false when the records begin part-way through care (an SSDA903 import whose first episode
     *                    is not {@code RNE = S}): nothing is known of the reviews before, so the first one held here
     *                    has no measurable timeliness
     * @param start       the day the cycle began: care starting, the first break, or the day a short-breaks child came
     *                    into care under another legal status
     * @param periods     its periods of care, oldest first
     * @param lastDay     the last day a review of the cycle may be held on; null while it has no end
     * @param current     the child's latest cycle, still going on: the one whose next review is due (a series of
     *                    short breaks whether or not a break is open that day)
     */
    record Cycle(boolean shortBreaks, boolean startKnown, LocalDate start, List<PeriodOfCare> periods,
                 LocalDate lastDay, boolean current) {

        /** The period of care whose facts stood on {@code day} (the latest begun by then); the last when null. */
        PeriodOfCare periodOn(LocalDate day) {
            // Indexed rather than for-each: the schedule asks this for every review, and an iterator a time adds up.
            PeriodOfCare on = periods.get(0);
            for (int i = 1; i < periods.size() && (day == null || !periods.get(i).start().isAfter(day)); i++) {
                on = periods.get(i);
            }
            return on;
        }

        /** When the child first came into care in this cycle: a review's first meeting cannot be earlier. */
        LocalDate careStarted() {
            return periods.get(0).start();
        }

        /** An ordinary cycle begun part-way through a period of care: a short-breaks child's legal status changed. */
        boolean beganInPeriod() {
            return start.isAfter(careStarted());
        }
    }

    private ReviewCycles() {
    }

    /** The cycles of these periods of care (oldest first), oldest first. */
    static List<Cycle> of(List<PeriodOfCare> periods) {
        List<Cycle> cycles = new ArrayList<>(periods.size());
        walk(new Periods() {
            @Override
            public int count() {
                return periods.size();
            }

            @Override
            public int start(int period) {
                return Days.of(periods.get(period).start());
            }

            @Override
            public int end(int period) {
                return Days.of(periods.get(period).end(), Days.ALL);
            }

            @Override
            public boolean startKnown(int period) {
                return periods.get(period).startKnown();
            }

            @Override
            public boolean beginsAsShortBreak(int period) {
                return ShortBreaks.beginsAsShortBreak(periods.get(period));
            }

            @Override
            public int ordinaryFrom(int period) {
                return Days.of(ShortBreaks.ordinaryFrom(periods.get(period)), Days.NONE);
            }
        }, (shortBreaks, startKnown, start, from, to, lastDay, current) -> cycles.add(new Cycle(shortBreaks,
                startKnown, Days.date(start), List.copyOf(periods.subList(from, to)),
                lastDay == Days.ALL ? null : Days.date(lastDay), current)));
        return cycles;
    }

    /**
     * A child's periods of care, oldest first, as {@link #walk} reads them: as {@link Days} numbers, from the domain's
     * objects ({@link #of}) or from the history's rows ({@link ReviewHistory}, which may have been read as numbers).
     */
    interface Periods {
        int count();

        int start(int period);

        /** Its end ({@code DEC}); {@link Days#ALL} while it is open. */
        int end(int period);

        boolean startKnown(int period);

        /** {@link ShortBreaks#beginsAsShortBreak}. */
        boolean beginsAsShortBreak(int period);

        /** {@link ShortBreaks#ordinaryFrom}; {@link Days#NONE} when it is short breaks throughout. */
        int ordinaryFrom(int period);
    }

    /**
     * One cycle as {@link #walk} finds it: its periods are those from {@code from} to {@code to} (not included); its
     * start and last day are {@link Days} numbers, the last day {@link Days#ALL} when it has none; see {@link Cycle}.
     */
    interface Found {
        void cycle(boolean shortBreaks, boolean startKnown, int start, int from, int to, int lastDay, boolean current);
    }

    /**
     * The cycles of these periods of care (oldest first), oldest first, each told to {@code found} with the periods it
     * spans by index: the one statement of what makes a cycle, for {@link #of} and for {@link ReviewHistory}, which
     * keeps cycles as numbers rather than records. A cycle's periods follow one another in the child's list. On
     * {@link Days} numbers since issue 23's eighth step, so that a history read as numbers is walked with no
     * {@code LocalDate} made ({@link Days#plusMonths} is {@code LocalDate.plusMonths}).
     */
    static void walk(Periods periods, Found found) {
        int count = periods.count();
        int series = -1; // the first period of the series of short breaks being gathered; -1 while there is none
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            boolean open = periods.end(i) == Days.ALL;
            boolean breakBegins = periods.beginsAsShortBreak(i);
            if (series >= 0) {
                // A series gathered so far always ends with the period before this one, which has ended.
                int goesOnUntil = seriesGoesOnUntil(periods.end(i - 1));
                int start = periods.start(i);
                if (!(breakBegins && start <= goesOnUntil)) {
                    series(found, periods, series, i, Math.min(goesOnUntil, Days.dayBefore(start)), false);
                    series = -1;
                }
            }
            if (!breakBegins) {
                found.cycle(false, periods.startKnown(i), periods.start(i), i, i + 1, periods.end(i), last && open);
                continue;
            }
            if (series < 0) {
                series = i;
            }
            int ordinaryFrom = periods.ordinaryFrom(i);
            if (ordinaryFrom != Days.NONE) {
                series(found, periods, series, i + 1, Days.dayBefore(ordinaryFrom), false);
                found.cycle(false, true, ordinaryFrom, i, i + 1, periods.end(i), last && open);
                series = -1;
            } else if (open) {
                series(found, periods, series, i + 1, Days.ALL, last);
                series = -1;
            }
        }
        if (series >= 0) {
            series(found, periods, series, count, seriesGoesOnUntil(periods.end(count - 1)), true);
        }
    }

    /** {@link ShortBreaks#seriesGoesOnUntil} of a day that is a number. */
    private static int seriesGoesOnUntil(int lastBreakEnded) {
        return Days.plusMonths(lastBreakEnded, ShortBreaks.SERIES_GAP_MONTHS);
    }

    private static void series(Found found, Periods periods, int from, int to, int lastDay, boolean current) {
        found.cycle(true, periods.startKnown(from), periods.start(from), from, to, lastDay, current);
    }

    /** The cycle a review held in these meetings belongs to, if any. */
    static Optional<Cycle> holding(List<Cycle> cycles, Meetings meetings) {
        int at = indexOf(cycles, meetings);
        return at < 0 ? Optional.empty() : Optional.of(cycles.get(at));
    }

    /**
     * The index of the cycle a review held in these meetings belongs to, or -1: the one holding its last meeting; but a
     * review begun while the child was on short breaks stays the series' when it ended after they came into care
     * under another legal status in the same period of care, since that is not known when its first meeting is held.
     */
    static int indexOf(List<Cycle> cycles, Meetings meetings) {
        int at = indexHolding(cycles, meetings.last());
        if (at > 0) {
            Cycle cycle = cycles.get(at);
            if (cycle.beganInPeriod() && meetings.first().isBefore(cycle.start())) {
                return at - 1;
            }
        }
        return at;
    }

    /** The index of the cycle holding {@code day}, or -1: the latest begun by then, if it has not ended before it. */
    private static int indexHolding(List<Cycle> cycles, LocalDate day) {
        for (int i = cycles.size() - 1; i >= 0; i--) {
            Cycle cycle = cycles.get(i);
            if (!cycle.start().isAfter(day)) {
                return cycle.lastDay() == null || !day.isAfter(cycle.lastDay()) ? i : -1;
            }
        }
        return -1;
    }
}
