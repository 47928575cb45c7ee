package org.openiro.persistence.shared;

import io.micronaut.data.annotation.MappedProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Rows read into a row record by column position, the columns found once for each query. Micronaut's
 * {@code readEntity} works each column's name out of its property's name again for every row, which was a third of a
 * national SSDA903 re-import (a million rows read back); this reads the same records, named the same way: a component
 * {@code childId} from the column {@code child_id}, or from the column its {@code @MappedProperty} names.
 */
public final class RecordRows<R extends Record> {

    private static final ClassValue<RecordRows<?>> KNOWN = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected RecordRows<?> computeValue(Class<?> type) {
            return new RecordRows(type);
        }
    };

    /** Reads the current row of the result set it was made for. */
    public interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Constructor<R> constructor;
    private final String[] columns;
    private final Class<?>[] types;

    private RecordRows(Class<R> type) {
        RecordComponent[] components = type.getRecordComponents();
        columns = Arrays.stream(components).map(RecordRows::column).toArray(String[]::new);
        types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no canonical constructor", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <R extends Record> RecordRows<R> of(Class<R> type) {
        return (RecordRows<R>) KNOWN.get(type);
    }

    /** A reader of this result set's rows; the columns are looked up now, once. */
    public Reader<R> reading(ResultSet rs) throws SQLException {
        int[] at = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            at[i] = rs.findColumn(columns[i]);
        }
        return row -> {
            Object[] values = new Object[at.length];
            for (int i = 0; i < at.length; i++) {
                values[i] = value(row, at[i], types[i]);
            }
            try {
                return constructor.newInstance(values);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new SQLException("reading a row into " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        };
    }

    private static Object value(ResultSet rs, int at, Class<?> type) throws SQLException {
        if (type == boolean.class) {
            return rs.getBoolean(at);
        }
        if (type == int.class) {
            return rs.getInt(at);
        }
        if (type == long.class) {
            return rs.getLong(at);
        }
        return rs.getObject(at, type);
    }

    private static String column(RecordComponent component) {
        MappedProperty mapped = component.getAccessor().getAnnotation(MappedProperty.class);
        if (mapped == null) {
            try {
                mapped = component.getDeclaringRecord().getDeclaredField(component.getName())
                        .getAnnotation(MappedProperty.class);
            } catch (NoSuchFieldException e) {
                mapped = null;
            }
        }
        if (mapped != null && !mapped.value().isEmpty()) {
            return mapped.value();
        }
        return component.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
