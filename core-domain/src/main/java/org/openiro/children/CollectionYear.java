package org.openiro.children;

import java.time.LocalDate;

/**
 * A DfE collection year, named by the year it ends: 2024 is 1 April 2023 to 31 March 2024 (2023/24).
 * SSDA903 code lists change between collection years.
 */
public record CollectionYear(int endYear) implements Comparable<CollectionYear> {

    public static CollectionYear containing(LocalDate day) {
        return new CollectionYear(day.getMonthValue() >= 4 ? day.getYear() + 1 : day.getYear());
    }

    public LocalDate firstDay() {
        return LocalDate.of(endYear - 1, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(endYear, 3, 31);
    }

    @Override
    public int compareTo(CollectionYear other) {
        return Integer.compare(endYear, other.endYear);
    }

    @Override
    public String toString() {
        return (endYear - 1) + "/" + String.format("%02d", endYear % 100);
    }
}
