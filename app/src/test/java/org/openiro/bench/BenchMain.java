package org.openiro.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs this module's benchmarks by their names in benchmarks.md (docs/benchmarks.md). The first argument picks
 * benchmarks by name (a regular expression; {@code .*} for all); the rest go to each benchmark's {@code main}.
 * Unlike core-domain's, these are not JMH benchmarks: each drives the real service over HTTP and prints its figure,
 * its baseline's and the ratio against its target.
 *
 * <p>{@code ./mvnw -B -Dstyle.color=never -pl app -am -Pbench test-compile exec:exec -Dexec.skip=true -Dbench=worklist}
 * (after {@code ./mvnw -B -q -pl app -am package -DskipTests}; {@code ./iro bench worklist} runs both).
 */
public final class BenchMain {

    interface Main {
        void run(String[] args) throws Exception;
    }

    static final Map<String, Main> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("worklist", WorklistLoad::main);
        BENCHMARKS.put("pages", PagesLoad::main);
        BENCHMARKS.put("relay", RelayBenchmark::main);
        BENCHMARKS.put("report", ReportLoad::main);
        BENCHMARKS.put("import", ImportBenchmark::main);
        BENCHMARKS.put("review-write", ReviewWriteLoad::main);
        BENCHMARKS.put("scale-out", ScaleOutLoad::main);
        BENCHMARKS.put("faults", FaultsBenchmark::main);
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Pattern names = Pattern.compile(args.length > 0 ? args[0] : ".*");
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        boolean any = false;
        for (Map.Entry<String, Main> entry : BENCHMARKS.entrySet()) {
            if (names.matcher(entry.getKey()).matches()) {
                any = true;
                entry.getValue().run(rest);
            }
        }
        if (!any) {
            System.err.println("no benchmark named " + names + "; this module has " + BENCHMARKS.keySet());
            System.exit(2);
        }
    }
}
