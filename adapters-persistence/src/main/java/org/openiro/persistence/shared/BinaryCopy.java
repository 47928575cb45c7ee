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
                        || value instanceof Instant)) {
                    return false;
                }
            }
        }
        return true;
    }

    static int copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
            throws SQLException {
        long started = WriteTimings.start();
        CopyIn in = connection.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns)
                + ") FROM STDIN WITH (FORMAT binary)");
        try {
            Out out = new Out(in);
            out.bytes(SIGNATURE);
            out.int32(0);
            out.int32(0);
            for (Object[] row : rows) {
                out.int16(row.length);
                for (Object value : row) {
                    field(out, value);
                }
            }
            out.int16(-1);
            out.flush();
            WriteTimings.add("copy encode+send " + table, started);
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

    /** A buffer in front of the COPY, big-endian as the format is. */
    private static final class Out {
        private final CopyIn in;
        private final byte[] buffer = new byte[CHUNK];
        private int at;

        Out(CopyIn in) {
            this.in = in;
        }

        private void room(int n) throws SQLException {
            if (at + n > buffer.length) {
                flush();
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
            if (bytes.length > buffer.length) {
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
