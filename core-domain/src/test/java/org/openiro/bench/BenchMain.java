package org.openiro.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs this module's benchmarks by their names in benchmarks.md, and prints each figure against its target
 * (docs/benchmarks.md). The first argument picks benchmarks by name (a regular expression; {@code .*} for all);
 * the rest are JMH options, such as {@code -wi 1 -i 1} for a quick try. Each writes target/jmh-NAME.json.
 *
 * <p>{@code ./mvnw -B -Dstyle.color=never -pl core-domain -Pbench test-compile exec:exec -Dbench=schedule}
 */
public final class BenchMain {

    record Bench(Class<?> type, String unit, double target, double goal) {
    }

    static final Map<String, Bench> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("schedule", new Bench(ScheduleBenchmark.class, "children/s", 500_000, 1_000_000));
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Pattern names = Pattern.compile(args.length > 0 ? args[0] : ".*");
        CommandLineOptions jmh = new CommandLineOptions(Arrays.copyOfRange(args, Math.min(1, args.length), args.length));
        boolean any = false;
        if (names.matcher("schedule-cpu").matches()) {
            any = true;
            ScheduleCpuTime.main(new String[0]);
        }
        for (Map.Entry<String, Bench> entry : BENCHMARKS.entrySet()) {
            if (!names.matcher(entry.getKey()).matches()) {
                continue;
            }
            any = true;
            Bench bench = entry.getValue();
            Options options = new OptionsBuilder().parent(jmh)
                    .include(Pattern.quote(bench.type().getName()) + "\\..*")
                    .resultFormat(ResultFormatType.JSON).result("target/jmh-" + entry.getKey() + ".json")
                    .build();
            Collection<RunResult> results = new Runner(options).run();
            for (RunResult result : results) {
                Result<?> primary = result.getPrimaryResult();
                // A benchmark's further methods are figures of their own beside it ("schedule, laid out").
                String method = result.getParams().getBenchmark();
                method = method.substring(method.lastIndexOf('.') + 1);
                String name = method.equals(entry.getKey()) ? entry.getKey()
                        : entry.getKey() + ", " + method.replaceAll("([A-Z])", " $1").toLowerCase();
                double score = primary.getScore();
                System.out.printf("%n%s: %,.0f ± %,.0f %s (99.9%% CI), target %,.0f: %s, goal %,.0f: %s%n", name,
                        score, primary.getScoreError(), bench.unit(), bench.target(),
                        score >= bench.target() ? "met" : "not met", bench.goal(),
                        score >= bench.goal() ? "met" : "not met");
                // The line ./iro bench gathers into docs/benchmarks.md (as app's BenchResult prints it).
                System.out.println(String.join("|", "BENCH-RESULT", name, String.format("%,.0f ± %,.0f %s", score,
                        primary.getScoreError(), bench.unit()), "none: per-core throughput", "-",
                        String.format(">= %,.0f %s", bench.target(), bench.unit()),
                        score >= bench.target() ? "met" : "not met"));
            }
        }
        if (!any) {
            System.err.println("no benchmark named " + names + "; this module has " + BENCHMARKS.keySet());
            System.exit(2);
        }
    }
}
