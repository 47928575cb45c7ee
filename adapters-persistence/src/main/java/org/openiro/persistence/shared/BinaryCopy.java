package org.openiro.persistence.shared;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * PostgreSQL's {@code COPY … FROM STDIN WITH (FORMAT binary)}, written as the server's own representation of each
 * value (PostgreSQL's documentation, "COPY", binary format): a signature, then each row as its field count and each
 * field as its length and bytes (-1 for null), then -1. Sent in chunks as it is made, so that a batch's rows are never
 * held twice. See {@link BulkWrites#insertBinary}.
 */
final class BinaryCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** PostgreSQL counts dates and times from 1 January 2000. */
    private static final long EPOCH_DAY_2000 = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long EPOCH_SECOND_2000 = EPOCH_DAY_2000 * 86_400;
    private static final int CHUNK = 64 * 1024;

    private BinaryCopy() {
    }

    /** Whether every value is null or of a type written here. */
    static boolean writes(List<Object[]> rows) {
        for (Object[] row : rows) {
            for (Object value : row) {
                if (value != null && !(value instanceof String || value instanceof LocalDate
                        || value instanceof Boolean || value instanceof Integer || value instanceof Long
                        || value instanceof Instant || value instanceof BulkWrites.IdOf)) {
                    return false;
                }
            }
        }
        return true;
    }

    static int copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        return copy(connection, table, columns, "copy encode+send ", in -> {
            Out out = new Out(in);
            tuples(out, rows, BinaryCopy::field);
            out.flush();
        });
    }

    /** How one value of a row goes into the stream: as {@link #field} writes it, or held for an id to come. */
    private interface Field {
        void write(Out out, Object value) throws SQLException;
    }

    /** The binary format's header, a tuple a row (its values each written by {@code field}), and its trailer. */
    private static void tuples(Out out, List<Object[]> rows, Field field) throws SQLException {
        out.bytes(SIGNATURE);
        out.int32(0);
        out.int32(0);
        for (Object[] row : rows) {
            out.int16(row.length);
            for (Object value : row) {
                field.write(out, value);
            }
        }
        out.int16(-1);
    }

    /** What goes into a COPY's stream, written as it is made or all at once. */
    private interface Stream {
        void into(CopyIn in) throws SQLException;
    }

    /**
     * One COPY of {@code table}: the stream sent, then the server's answer awaited, each timed ({@link WriteTimings},
     * the sending under {@code sending}); a COPY left open by a failure is cancelled, so the connection can go on.
     */
    private static int copy(PGConnection connection, String table, List<String> columns, String sending,
                            Stream stream) throws SQLException {
        long started = WriteTimings.start();
        CopyIn in = connection.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                + ") FROM STDIN WITH (FORMAT binary)");
        try {
            stream.into(in);
            WriteTimings.add(sending + table, started);
            long ending = WriteTimings.start();
            int n = (int) in.endCopy();
            WriteTimings.add("copy end wait " + table, ending);
            return n;
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /**
     * The rows as the COPY's whole stream, made ahead of the statement (on another thread, while the connection is
     * busy with the statement before); an {@link BulkWrites.IdOf} is left as eight bytes to fill in when the ids are
     * known ({@link Encoded#send}).
     */
    static Encoded encode(String table, List<String> columns, List<Object[]> rows) {
        Encoded encoded = new Encoded(table, columns, rows.size(), rows.size() * columns.size() * 12 + 64);
        try {
            tuples(encoded.out, rows, (out, value) -> {
                if (value instanceof BulkWrites.IdOf id) {
                    out.int32(8);
                    encoded.idAt(out.at, id.index());
                    out.int64(0);
                } else {
                    field(out, value);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("a buffer in memory refused bytes", e);
        }
        return encoded;
    }

    /** A COPY's stream made ahead: its bytes, and where the ids taken at the write go in them. */
    static final class Encoded {
        private final String table;
        private final List<String> columns;
        private final int rows;
        private final Out out;
        private int[] idAt = new int[0];
        private int[] idIndex = new int[0];
        private int ids;

        private Encoded(String table, List<String> columns, int rows, int size) {
            this.table = table;
            this.columns = columns;
            this.rows = rows;
            this.out = new Out(null, size);
        }

        private void idAt(int at, int index) {
            if (ids == idAt.length) {
                idAt = java.util.Arrays.copyOf(idAt, Math.max(16, ids * 2));
                idIndex = java.util.Arrays.copyOf(idIndex, idAt.length);
            }
            idAt[ids] = at;
            idIndex[ids++] = index;
        }

        int rows() {
            return rows;
        }

        /** Sends the stream, each {@link BulkWrites.IdOf} its id from {@code ids}, as one COPY. */
        int send(PGConnection connection, long[] ids) throws SQLException {
            byte[] bytes = out.buffer;
            for (int i = 0; i < this.ids; i++) {
                long id = ids[idIndex[i]];
                for (int b = 0; b < 8; b++) {
                    bytes[idAt[i] + b] = (byte) (id >>> (56 - 8 * b));
                }
            }
            return copy(connection, table, columns, "copy send (made ahead) ", in -> {
                for (int from = 0; from < out.at; from += CHUNK) {
                    in.writeToCopy(bytes, from, Math.min(CHUNK, out.at - from));
                }
            });
        }
    }

    private static void field(Out out, Object value) throws SQLException {
        if (value == null) {
            out.int32(-1);
        } else if (value instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.int32(utf8.length);
            out.bytes(utf8);
        } else if (value instanceof LocalDate date) {
            out.int32(4);
            out.int32((int) (date.toEpochDay() - EPOCH_DAY_2000));
        } else if (value instanceof Boolean bool) {
            out.int32(1);
            out.int8(bool ? 1 : 0);
        } else if (value instanceof Integer number) {
            out.int32(4);
            out.int32(number);
        } else if (value instanceof Long number) {
            out.int32(8);
            out.int64(number);
        } else if (value instanceof Instant instant) {
            out.int32(8);
            out.int64((instant.getEpochSecond() - EPOCH_SECOND_2000) * 1_000_000 + instant.getNano() / 1_000);
        } else {
            throw new IllegalArgumentException("binary COPY writes no " + value.getClass().getName());
        }
    }

    /** A buffer in front of the COPY, big-endian as the format is; with no COPY, one that grows to hold it all. */
    private static final class Out {
        private final CopyIn in;
        private byte[] buffer;
        private int at;

        Out(CopyIn in) {
            this(in, CHUNK);
        }

        Out(CopyIn in, int size) {
            this.in = in;
            this.buffer = new byte[size];
        }

        private void room(int n) throws SQLException {
            if (at + n > buffer.length) {
                if (in == null) {
                    buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, at + n));
                } else {
                    flush();
                }
            }
        }

        void flush() throws SQLException {
            if (at > 0) {
                long started = WriteTimings.start();
                in.writeToCopy(buffer, 0, at);
                WriteTimings.add("copy socket writes", started);
                at = 0;
            }
        }

        void int8(int v) throws SQLException {
            room(1);
            buffer[at++] = (byte) v;
        }

        void int16(int v) throws SQLException {
            room(2);
            buffer[at++] = (byte) (v >>> 8);
            buffer[at++] = (byte) v;
        }

        void int32(int v) throws SQLException {
            room(4);
            buffer[at++] = (byte) (v >>> 24);
            buffer[at++] = (byte) (v >>> 16);
            buffer[at++] = (byte) (v >>> 8);
            buffer[at++] = (byte) v;
        }

        void int64(long v) throws SQLException {
            int32((int) (v >>> 32));
            int32((int) v);
        }

        void bytes(byte[] bytes) throws SQLException {
            if (in != null && bytes.length > buffer.length) {
                flush();
                in.writeToCopy(bytes, 0, bytes.length);
                return;
            }
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, at, bytes.length);
            at += bytes.length;
        }
    }
}
