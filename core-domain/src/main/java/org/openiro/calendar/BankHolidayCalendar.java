package org.openiro.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A working-day calendar built once from a list of bank holidays. Every question is answered by array
 * lookups, because the review schedule asks many of them for every child (benchmarks.md: "schedule").
 *
 * <p>The list for England and Wales ships as {@code bank-holidays-england-and-wales.txt} beside this class;
 * a test checks it against the jollyday library, and a newly announced one-off holiday is one new line.
 */
public final class BankHolidayCalendar implements WorkingDayCalendar {

    public static final String ENGLAND_AND_WALES = "bank-holidays-england-and-wales.txt";

    private final LocalDate first;
    private final LocalDate last;
    private final long firstEpochDay;
    /** workingDaysUpTo[i] = how many working days fall on or before first + i. */
    private final int[] workingDaysUpTo;
    /** The epoch day of each working day in the covered range, in order. */
    private final long[] workingDays;
    private final Set<LocalDate> holidays;

    public BankHolidayCalendar(Collection<LocalDate> bankHolidays, int firstYear, int lastYear) {
        this.first = LocalDate.of(firstYear, 1, 1);
        this.last = LocalDate.of(lastYear, 12, 31);
        this.firstEpochDay = first.toEpochDay();
        this.holidays = Set.copyOf(bankHolidays);
        int days = (int) (last.toEpochDay() - firstEpochDay + 1);
        this.workingDaysUpTo = new int[days];
        long[] working = new long[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            if (!isWeekend(day) && !holidays.contains(day)) {
                working[count++] = firstEpochDay + i;
            }
            workingDaysUpTo[i] = count;
        }
        this.workingDays = java.util.Arrays.copyOf(working, count);
    }

    /** The calendar of England and Wales from the list shipped with the domain. */
    public static BankHolidayCalendar englandAndWales() {
        return Holder.CALENDAR;
    }

    private static final class Holder {
        static final BankHolidayCalendar CALENDAR = load(BankHolidayCalendar.ENGLAND_AND_WALES);
    }

    /**
     * Reads a list: one holiday a line as {@code YYYY-MM-DD name}, '#' starts a comment, and a
     * {@code # covers FIRST-LAST} line gives the years the list is complete for.
     */
    static BankHolidayCalendar load(String resource) {
        try (InputStream in = BankHolidayCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bank holiday list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Collection<LocalDate> dates = new ArrayList<>();
            int firstYear = 0;
            int lastYear = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.startsWith("# covers ")) {
                    String[] years = line.substring("# covers ".length()).split("-");
                    firstYear = Integer.parseInt(years[0].strip());
                    lastYear = Integer.parseInt(years[1].strip());
                } else if (!line.isEmpty() && !line.startsWith("#")) {
                    dates.add(LocalDate.parse(line.substring(0, 10)));
                }
            }
            if (firstYear == 0) {
                throw new IllegalStateException(resource + " has no '# covers FIRST-LAST' line");
            }
            return new BankHolidayCalendar(dates, firstYear, lastYear);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Set<LocalDate> bankHolidays() {
        return new TreeSet<>(holidays);
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        int i = index(day);
        return workingDaysUpTo[i] > (i == 0 ? 0 : workingDaysUpTo[i - 1]);
    }

    @Override
    public LocalDate workingDaysAfter(LocalDate day, int n) {
        if (n < 0) {
            return workingDaysBefore(day, -n);
        }
        if (n == 0) {
            return day;
        }
        int position = workingDaysUpTo[index(day)] + n - 1;
        return dayAt(position, day);
    }

    /** As {@link #workingDaysAfter(LocalDate, int)}, on the epoch days it keeps: no {@code LocalDate} made. */
    @Override
    public long workingDaysAfter(long epochDay, int n) {
        long i = epochDay - firstEpochDay;
        if (n <= 0 || i < 0 || i >= workingDaysUpTo.length) {
            return WorkingDayCalendar.super.workingDaysAfter(epochDay, n); // answers, or says why not, as for a date
        }
        int position = workingDaysUpTo[(int) i] + n - 1;
        if (position >= workingDays.length) {
            throw outside(LocalDate.ofEpochDay(epochDay));
        }
        return workingDays[position];
    }

    @Override
    public LocalDate workingDaysBefore(LocalDate day, int n) {
        if (n < 0) {
            return workingDaysAfter(day, -n);
        }
        if (n == 0) {
            return day;
        }
        int i = index(day);
        int workingBefore = i == 0 ? 0 : workingDaysUpTo[i - 1];
        return dayAt(workingBefore - n, day);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return workingDaysUpTo[index(to)] - workingDaysUpTo[index(from)];
    }

    private LocalDate dayAt(int position, LocalDate asked) {
        if (position < 0 || position >= workingDays.length) {
            throw outside(asked);
        }
        return LocalDate.ofEpochDay(workingDays[position]);
    }

    private int index(LocalDate day) {
        long i = day.toEpochDay() - firstEpochDay;
        if (i < 0 || i >= workingDaysUpTo.length) {
            throw outside(day);
        }
        return (int) i;
    }

    private IllegalArgumentException outside(LocalDate day) {
        return new IllegalArgumentException("no bank holiday list for " + day + ": the calendar covers "
                + first + " to " + last);
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
