package org.openiro.bench;

import io.micronaut.context.ApplicationContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openiro.app.generate.Generator;
import org.openiro.app.generate.Output;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.in.SetUpAuthorityUseCase;
import org.postgresql.PGConnection;

/**
 * The SSDA903 import of a national-size return (benchmarks.md, {@code import-903}): the generator's files for one
 * authority of 100,000 children (issue 10), loaded by {@code ./iro import-903} in a JVM of its own with the heap capped
 * at 512 MB, into a PostgreSQL database of the benchmark's own. The baseline, in the same run, is PostgreSQL's own
 * {@code COPY} of the same three files into bare tables of text columns: the least any loader of these rows can cost.
 * Then the same files again, which must change nothing: an import is idempotent.
 */
final class ImportBenchmark {

    static final double TARGET_SECONDS = 60;
    static final double TARGET_RATIO = 10;
    static final double GOAL_RATIO = 5;
    private static final Pattern TOOK = Pattern.compile("import took ([0-9.]+) s; peak heap ([0-9]+) MB");

    private final int children = Integer.getInteger("bench.importChildren", 100_000);
    private final String heap = System.getProperty("bench.importHeap", "512m");
    private final String pg = System.getProperty("bench.pg", "jdbc:postgresql://127.0.0.1:5432");
    private final String db = System.getProperty("bench.importDb", "iro_bench_import");
    private final String jar = System.getProperty("bench.jar");
    private final boolean keep = Boolean.getBoolean("bench.keep");

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new ImportBenchmark().run();
    }

    private void run() throws Exception {
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("build the service first (./iro bench import builds it): no " + jar);
        }
        Path dir = Files.createTempDirectory("iro-bench-903-");
        BenchDatabase database = new BenchDatabase(pg, db);
        try {
            long t0 = System.nanoTime();
            Output.Written written = Output.write(new Generator(new Generator.Settings(1, children, 1, 903,
                    LocalDate.of(2026, 11, 30))), dir);
            Path files = dir.resolve("demo");
            Files.deleteIfExists(files.resolve("requests.jsonl"));
            System.out.printf("generated in %.0f s: %,d children, %,d episodes, %,d reviews, %,d UASC (%,d MB)%n",
                    (System.nanoTime() - t0) / 1e9, written.children(), written.episodes(), written.reviews(),
                    written.uasc(), size(files) >> 20);
            database.create();
            Map<String, Object> properties = database.serviceProperties();
            properties.put("iro.relay.enabled", false);
            try (ApplicationContext context = ApplicationContext.run(properties)) {
                context.getBean(SetUpAuthorityUseCase.class).setUp(new SetUpAuthorityUseCase.SetUpAuthorityCommand(
                        AuthorityCode.of("demo"), "Benchmark Borough", "statutory", null, null));
            }
            double copyBefore = copy(database, files);
            Run first = importFiles(database, files);
            double copyAfter = copy(database, files);
            Run again = importFiles(database, files);
            double copySeconds = (copyBefore + copyAfter) / 2;
            System.out.printf("%nimport-903: %,d children, %,d episodes, %,d reviews, heap capped at %s%n",
                    written.children(), written.episodes(), written.reviews(), heap);
            System.out.printf("  import:       %.1f s (the import itself), %.1f s (the process, JVM start to exit);"
                    + " peak heap %d MB%n", first.importSeconds, first.processSeconds, first.peakHeapMb);
            System.out.printf("  baseline:     COPY of the same three files into bare tables %.1f s and %.1f s"
                    + " (mean %.1f s)%n", copyBefore, copyAfter, copySeconds);
            System.out.printf("  ratio:        %.1f (import itself / COPY), %.1f (process / COPY)%n",
                    first.importSeconds / copySeconds, first.processSeconds / copySeconds);
            System.out.printf("  again:        %.1f s (the import itself) for the same files, which changed nothing: %s%n",
                    again.importSeconds, again.summary);
            System.out.printf("  target:       < %.0f s and <= %.0fx COPY: %s; goal <= %.0fx: %s%n", TARGET_SECONDS,
                    TARGET_RATIO, first.processSeconds < TARGET_SECONDS
                            && first.importSeconds / copySeconds <= TARGET_RATIO ? "met" : "NOT met", GOAL_RATIO,
                    first.importSeconds / copySeconds <= GOAL_RATIO ? "met" : "not met");
            BenchResult.print("import-903", String.format("%.1f s (process %.1f s), peak heap %d MB; %,d children,"
                            + " %,d episodes, %,d reviews", first.importSeconds, first.processSeconds, first.peakHeapMb,
                            written.children(), written.episodes(), written.reviews()),
                    String.format("COPY into bare tables %.2f s", copySeconds),
                    String.format("%.0f", first.importSeconds / copySeconds),
                    String.format("< %.0f s and <= %.0fx COPY", TARGET_SECONDS, TARGET_RATIO),
                    first.processSeconds < TARGET_SECONDS && first.importSeconds / copySeconds <= TARGET_RATIO);
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            if (keep) {
                System.out.println("database " + db + " kept (bench.keep=true)");
            } else {
                database.drop();
            }
        }
    }

    private record Run(double importSeconds, double processSeconds, long peakHeapMb, String summary) {
    }

    /** {@code ./iro import-903} as an administrator runs it, in a JVM of its own. */
    private Run importFiles(BenchDatabase database, Path files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-cp", jar, "org.openiro.app.Import903",
                "--authority", "demo"));
        for (String file : List.of("header.csv", "episodes.csv", "reviews.csv", "uasc.csv")) {
            command.add(files.resolve(file).toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DATASOURCES_DEFAULT_URL", database.url());
        builder.environment().put("DATASOURCES_DEFAULT_USERNAME", "postgres");
        builder.environment().put("DATASOURCES_DEFAULT_PASSWORD", "");
        long t0 = System.nanoTime();
        Process process = builder.start();
        StringBuilder out = new StringBuilder();
        String summary = "";
        Matcher took = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.append(line).append('\n');
                if (line.startsWith("imported into")) {
                    summary = line.substring(line.indexOf(':') + 2);
                }
                Matcher m = TOOK.matcher(line);
                if (m.find()) {
                    took = m;
                }
            }
        }
        int exit = process.waitFor();
        double processSeconds = (System.nanoTime() - t0) / 1e9;
        if (exit != 0 || took == null) {
            throw new IllegalStateException("the import failed (exit " + exit + "):\n" + out);
        }
        System.out.printf("imported in %.1f s (process %.1f s): %s%n", Double.parseDouble(took.group(1)),
                processSeconds, summary);
        return new Run(Double.parseDouble(took.group(1)), processSeconds, Long.parseLong(took.group(2)), summary);
    }

    /** PostgreSQL's COPY of the three files into bare tables, dropped again after. */
    private static double copy(BenchDatabase database, Path files) throws Exception {
        try (Connection c = database.connect(""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bare_header (child text, sex text, dob text, ethnic text, upn text, mother text,"
                    + " mc_dob text)");
            s.execute("CREATE TABLE bare_episodes (child text, decom text, rne text, ls text, cin text, place text,"
                    + " place_provider text, dec text, rec text, reason_place_change text, home_post text,"
                    + " pl_post text, urn text)");
            s.execute("CREATE TABLE bare_reviews (child text, dob text, review text, review_code text)");
            long t0 = System.nanoTime();
            var copier = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : List.of("header", "episodes", "reviews")) {
                try (Reader in = Files.newBufferedReader(files.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
                    copier.copyIn("COPY bare_" + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            s.execute("DROP TABLE bare_header, bare_episodes, bare_reviews");
            System.out.printf("COPY of the three files: %.2f s%n", seconds);
            return seconds;
        }
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
