package org.openiro.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own {@code pgbench}, TPC-B-like, on a database of its own on the benchmark's server: how many small
 * write transactions (three updates, a select and an insert, each committed) that server completes with as many
 * clients when nothing stands between them and it. {@code review-write} is held against it: recording a review is one
 * such transaction with more reads and writes in it, behind HTTP, JSON, security and the domain's checks.
 *
 * <p>{@code bench.pgbench} names the program ({@code pgbench}, from the {@code PATH}).
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private final BenchDatabase database;
    private final String host;
    private final String port;

    /** @param server the JDBC URL of the server, such as {@code jdbc:postgresql://127.0.0.1:5432} */
    Pgbench(String server, String db) {
        this.database = new BenchDatabase(server, db);
        URI uri = URI.create(server.substring("jdbc:".length()));
        this.host = uri.getHost();
        this.port = String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    /**
     * {@code pgbench -i -s scale}, then {@code pgbench -c clients -j threads -T seconds}, on a database created for
     * it and dropped after; answers the run's transactions a second.
     */
    double tps(int scale, int clients, int threads, int seconds) throws Exception {
        database.create();
        try {
            System.out.printf("%npgbench: TPC-B-like, scale %d, %d clients, %d threads, %d s, on %s%n", scale, clients,
                    threads, seconds, database.url());
            run("-i", "-q", "-s", String.valueOf(scale));
            List<String> output = run("-c", String.valueOf(clients), "-j", String.valueOf(threads), "-T",
                    String.valueOf(seconds));
            return output.stream().map(TPS::matcher).filter(Matcher::find).findFirst()
                    .map(m -> Double.parseDouble(m.group(1)))
                    .orElseThrow(() -> new IllegalStateException("no tps in pgbench's output:\n"
                            + String.join("\n", output)));
        } finally {
            database.drop();
            System.out.println("database " + database.name() + " dropped");
        }
    }

    /** Runs pgbench against the database with {@code arguments}, echoing and answering its output. */
    private List<String> run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(System.getProperty("bench.pgbench", "pgbench"), "-h", host,
                "-p", port, "-U", "postgres"));
        command.addAll(List.of(arguments));
        command.add(database.name());
        System.out.println(String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                System.out.println("  " + line);
                lines.add(line);
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
        return lines;
    }
}
