package org.openiro.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL did for the reviews {@link StatementCount} records one after another, in figures that do not depend
 * on how busy the machine is (issue 23, sixth step): the tuples each table inserted, updated (of them heap-only, HOT)
 * and deleted, and the buffers read, from the database's statistics; the WAL written, the index entries and the
 * distinct pages changed, from the WAL itself ({@code pg_waldump} between the two flush positions).
 *
 * <p>Other databases on the server write WAL in the same minutes, so the WAL is not taken as the difference of two
 * positions: each record is counted only when it names a block of this database or belongs to a transaction that
 * does (its commit record). The server's statistics are flushed by each backend at most once a second while busy and
 * ten seconds after it goes idle, and at the latest when it ends; so {@link #before} waits until the reviews not
 * counted are in them, and {@link #after} is taken once the service's connections are closed.
 *
 * <p>Needs to run where the server's {@code pg_wal} can be read (this machine's PostgreSQL, as root or postgres);
 * when it cannot, the WAL figures are left out and said to be. System property {@code bench.pgWaldump} (the
 * program; default the server's major version's, under {@code /usr/lib/postgresql}).
 */
final class PostgresWork {

    /** PostgreSQL's {@code PGSTAT_IDLE_INTERVAL} (10 s), and a margin. */
    private static final long IDLE_FLUSH_MILLIS = 11_000;

    /** The figures at one moment. */
    record Snapshot(String walFlushed, Map<String, long[]> tables, Map<String, long[]> scans, long blocksHit,
                    long blocksRead) {
    }

    private final BenchDatabase database;

    PostgresWork(BenchDatabase database) {
        this.database = database;
    }

    /** Waits until the statistics of what went before are flushed, then takes them. */
    Snapshot before() throws SQLException, InterruptedException {
        Thread.sleep(IDLE_FLUSH_MILLIS);
        return snapshot();
    }

    /** Once the service's connections are closed (their backends flush their statistics as they end). */
    Snapshot after() throws SQLException, InterruptedException {
        Thread.sleep(2_000);
        return snapshot();
    }

    private Snapshot snapshot() throws SQLException {
        try (Connection c = database.connect(""); Statement s = c.createStatement()) {
            Map<String, long[]> tables = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("""
                    SELECT t.relname, t.n_tup_ins, t.n_tup_upd, t.n_tup_hot_upd, t.n_tup_del,
                           coalesce(io.heap_blks_hit, 0), coalesce(io.heap_blks_read, 0),
                           coalesce(io.idx_blks_hit, 0), coalesce(io.idx_blks_read, 0)
                    FROM pg_stat_user_tables t JOIN pg_statio_user_tables io USING (relid)""")) {
                while (rs.next()) {
                    long[] figures = new long[8];
                    for (int i = 0; i < figures.length; i++) {
                        figures[i] = rs.getLong(i + 2);
                    }
                    tables.put(rs.getString(1), figures);
                }
            }
            // How each table and index was read: scans begun and the rows they gave.
            Map<String, long[]> scans = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT relname || ' (sequential)', seq_scan, seq_tup_read"
                    + " FROM pg_stat_user_tables UNION ALL SELECT indexrelname, idx_scan, idx_tup_read"
                    + " FROM pg_stat_user_indexes")) {
                while (rs.next()) {
                    scans.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT blks_hit, blks_read, pg_current_wal_flush_lsn()::text"
                    + " FROM pg_stat_database WHERE datname = current_database()")) {
                rs.next();
                return new Snapshot(rs.getString(3), tables, scans, rs.getLong(1), rs.getLong(2));
            }
        }
    }

    /** Prints the work a review, over {@code reviews} reviews recorded between the two snapshots. */
    void print(Snapshot before, Snapshot after, int reviews) throws SQLException {
        System.out.printf("%nwhat PostgreSQL did for them, a review (its statistics, and its WAL read back with "
                + "pg_waldump):%n");
        tuples(before, after, reviews);
        System.out.printf("  buffers: %.1f hit, %.2f read in the database (catalogs too); user tables' heap %.1f hit,"
                        + " their indexes %.1f hit%n", (after.blocksHit() - before.blocksHit()) / (double) reviews,
                (after.blocksRead() - before.blocksRead()) / (double) reviews,
                sum(before, after, 4) / (double) reviews, sum(before, after, 6) / (double) reviews);
        buffers(before, after, reviews);
        scans(before, after, reviews);
        try {
            wal(before.walFlushed(), after.walFlushed(), reviews);
        } catch (IOException | RuntimeException e) {
            System.out.println("  WAL: not read (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long sum(Snapshot before, Snapshot after, int column) {
        long sum = 0;
        for (Map.Entry<String, long[]> table : after.tables().entrySet()) {
            long[] was = before.tables().getOrDefault(table.getKey(), new long[8]);
            sum += table.getValue()[column] - was[column];
        }
        return sum;
    }

    private static void buffers(Snapshot before, Snapshot after, int reviews) {
        after.tables().forEach((name, figures) -> {
            long[] was = before.tables().getOrDefault(name, new long[8]);
            long heap = figures[4] - was[4] + figures[5] - was[5];
            long index = figures[6] - was[6] + figures[7] - was[7];
            if (heap + index > 0) {
                System.out.printf("    %-28s heap %.1f, indexes %.1f (hit or read)%n", name, heap / (double) reviews,
                        index / (double) reviews);
            }
        });
    }

    private static void scans(Snapshot before, Snapshot after, int reviews) {
        System.out.println("  scans, a review (begun, and the rows they gave):");
        after.scans().forEach((name, figures) -> {
            long[] was = before.scans().getOrDefault(name, new long[2]);
            if (figures[0] > was[0]) {
                System.out.printf("    %-40s %.2f scans, %.1f rows%n", name, (figures[0] - was[0]) / (double) reviews,
                        (figures[1] - was[1]) / (double) reviews);
            }
        });
    }

    private static void tuples(Snapshot before, Snapshot after, int reviews) {
        System.out.printf("  tuples: %.2f inserted, %.2f updated (%.2f of them HOT), %.2f deleted%n",
                sum(before, after, 0) / (double) reviews, sum(before, after, 1) / (double) reviews,
                sum(before, after, 2) / (double) reviews, sum(before, after, 3) / (double) reviews);
        after.tables().forEach((name, figures) -> {
            long[] was = before.tables().getOrDefault(name, new long[8]);
            long inserted = figures[0] - was[0];
            long updated = figures[1] - was[1];
            long hot = figures[2] - was[2];
            long deleted = figures[3] - was[3];
            if (inserted + updated + deleted > 0) {
                System.out.printf("    %-28s %.2f inserted, %.2f updated (%.2f HOT), %.2f deleted%n", name,
                        inserted / (double) reviews, updated / (double) reviews, hot / (double) reviews,
                        deleted / (double) reviews);
            }
        });
    }

    /** One relation's share of the WAL. */
    private static final class Share {
        long records;
        long bytes;
        long imageBytes;
        long indexEntries;
        /** Each page changed, with the transaction that changed it: a page changed twice in one counts once. */
        final Set<String> pages = new HashSet<>();
    }

    private static final Pattern RECORD = Pattern.compile(
            "rmgr: (\\S+)\\s+len \\(rec/tot\\):\\s*(\\d+)/\\s*(\\d+), tx:\\s*(\\d+), lsn: \\S+, prev \\S+, desc: (\\S+)(.*)");
    private static final Pattern BLOCK = Pattern.compile(
            "blkref #\\d+: rel (\\d+)/(\\d+)/(\\d+)(?: fork (\\w+))? blk (\\d+)( FPW)?");

    private void wal(String from, String to, int reviews) throws IOException, InterruptedException, SQLException {
        long database;
        Map<Long, String> relations = new HashMap<>();
        String walDirectory;
        int major;
        try (Connection c = this.database.connect(""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT oid, current_setting('data_directory'),"
                    + " current_setting('server_version_num')::int / 10000 FROM pg_database"
                    + " WHERE datname = current_database()")) {
                rs.next();
                database = rs.getLong(1);
                walDirectory = rs.getString(2) + "/pg_wal";
                major = rs.getInt(3);
            }
            try (ResultSet rs = s.executeQuery("SELECT pg_relation_filenode(oid), relname FROM pg_class"
                    + " WHERE pg_relation_filenode(oid) IS NOT NULL")) {
                while (rs.next()) {
                    relations.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        if (!Files.isReadable(Path.of(walDirectory))) {
            throw new IOException(walDirectory + " cannot be read here");
        }
        String program = System.getProperty("bench.pgWaldump", "/usr/lib/postgresql/" + major + "/bin/pg_waldump");
        Process dump = new ProcessBuilder(program, "-p", walDirectory, "-s", from, "-e", to)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<Long> ours = new HashSet<>();
        Map<String, Share> shares = new TreeMap<>();
        Map<String, Long> kinds = new TreeMap<>();
        long records = 0;
        long bytes = 0;
        long imageBytes = 0;
        long commits = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(dump.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Matcher record = RECORD.matcher(line);
                if (!record.find()) {
                    continue;
                }
                long transaction = Long.parseLong(record.group(4));
                long length = Long.parseLong(record.group(3));
                long image = length - Long.parseLong(record.group(2));
                Matcher block = BLOCK.matcher(record.group(6));
                Share share = null;
                boolean image1 = false;
                while (block.find()) {
                    if (Long.parseLong(block.group(2)) != database) {
                        continue;
                    }
                    String relation = relations.getOrDefault(Long.parseLong(block.group(3)), "relation "
                            + block.group(3)) + (block.group(4) == null ? "" : " (" + block.group(4) + ")");
                    Share s = shares.computeIfAbsent(relation, r -> new Share());
                    if (share == null) {
                        share = s;
                    }
                    s.pages.add(transaction + "/" + block.group(5));
                    image1 |= block.group(6) != null;
                }
                boolean commit = "Transaction".equals(record.group(1)) && record.group(5).startsWith("COMMIT");
                if (share == null && !(transaction != 0 && ours.contains(transaction))) {
                    continue;
                }
                if (transaction != 0) {
                    ours.add(transaction);
                }
                records++;
                bytes += length;
                if (image1) {
                    imageBytes += image;
                }
                commits += commit ? 1 : 0;
                kinds.merge(record.group(1) + " " + record.group(5), length, Long::sum);
                if (share != null) {
                    share.records++;
                    share.bytes += length;
                    share.imageBytes += image1 ? image : 0;
                    if ("Btree".equals(record.group(1)) && record.group(5).startsWith("INSERT")) {
                        share.indexEntries++;
                    }
                }
            }
        }
        dump.waitFor();
        double n = reviews;
        long entries = shares.values().stream().mapToLong(s -> s.indexEntries).sum();
        long pages = shares.values().stream().mapToLong(s -> s.pages.size()).sum();
        System.out.printf("  WAL: %,.0f bytes a review in %.1f records (%,.0f of them full-page images); %.2f commits"
                        + " a review; %.1f index entries written; %.1f pages changed (distinct a transaction)%n",
                bytes / n, records / n, imageBytes / n, commits / n, entries / n, pages / n);
        shares.forEach((relation, s) -> System.out.printf(
                "    %-40s %,7.0f bytes (images %,6.0f), %.2f records, %.2f index entries, %.2f pages%n",
                relation, s.bytes / n, s.imageBytes / n, s.records / n, s.indexEntries / n, s.pages.size() / n));
        System.out.println("    by kind of record:");
        kinds.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(k -> System.out.printf("      %-40s %,7.0f bytes%n", k.getKey(), k.getValue() / n));
    }
}
