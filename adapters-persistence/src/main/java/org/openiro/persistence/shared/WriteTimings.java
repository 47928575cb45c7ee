package org.openiro.persistence.shared;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where a bulk write's time goes, for the import's benchmark (issue 23): the time spent in each kind of step, summed
 * over the run and printed when the JVM exits. Off unless {@code -Diro.import.timings=true}: then each step costs two
 * clock reads, and otherwise one test of a constant.
 */
public final class WriteTimings {

    public static final boolean ON = Boolean.getBoolean("iro.import.timings");

    /**
     * Whether a bulk write's rows are made ahead, off the connection's thread (the default); {@code
     * -Diro.import.made-ahead=false} makes them on it, as before issue 23's sixth step, to compare the two in one build.
     */
    public static final boolean MADE_AHEAD = !"false".equals(System.getProperty("iro.import.made-ahead"));

    private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();

    static {
        if (ON) {
            Runtime.getRuntime().addShutdownHook(new Thread(WriteTimings::print, "write-timings"));
        }
    }

    private WriteTimings() {
    }

    /** A clock reading to pass to {@link #add}; 0 when off. */
    public static long start() {
        return ON ? System.nanoTime() : 0;
    }

    /** Adds the time since {@code started} to {@code step}. */
    public static void add(String step, long started) {
        if (ON) {
            NANOS.computeIfAbsent(step, s -> new LongAdder()).add(System.nanoTime() - started);
            COUNTS.computeIfAbsent(step, s -> new LongAdder()).increment();
        }
    }

    private static void print() {
        StringBuilder out = new StringBuilder("write timings (s, count):\n");
        new TreeMap<>(NANOS).forEach((step, nanos) -> out.append(String.format("  %-32s %8.2f %7d%n", step,
                nanos.sum() / 1e9, COUNTS.get(step).sum())));
        System.err.print(out);
    }
}
