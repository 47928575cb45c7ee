package org.openiro.persistence.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The columns a bulk insert ({@link BulkWrites}) fills, each named beside the value it takes from the thing written.
 * A list of column names and, elsewhere, arrays of values in the same order had to be kept matching by hand: a column
 * added to one and not the other, or two swapped, wrote values into the wrong columns without a word (issue 20 item
 * 6). Here a column and its value are one entry, so they cannot drift apart.
 *
 * @param <T> what one row is written from
 */
public final class Columns<T> {

    private record Column<T>(String name, Function<? super T, ?> value) {
    }

    private final List<Column<T>> columns;

    private Columns(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** The first column: its name, and how its value is taken from the thing written. */
    public static <T> Columns<T> of(String name, Function<? super T, ?> value) {
        return new Columns<T>(List.of()).and(name, value);
    }

    /** These columns and one more after them. */
    public Columns<T> and(String name, Function<? super T, ?> value) {
        List<Column<T>> more = new ArrayList<>(columns);
        more.add(new Column<>(name, value));
        return new Columns<>(more);
    }

    /** The columns' names, in order, for the INSERT's column list. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** One array of values for each thing, in the order of {@link #names()}. */
    public List<Object[]> rows(Collection<? extends T> things) {
        List<Object[]> rows = new ArrayList<>(things.size());
        for (T thing : things) {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = columns.get(i).value().apply(thing);
            }
            rows.add(values);
        }
        return rows;
    }
}
