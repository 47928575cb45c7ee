package org.openiro.bench;

/**
 * Where a benchmark's databases and ports are, so that several people can run benchmarks (and tests) on one machine
 * without dropping each other's databases or taking each other's ports.
 *
 * <p>{@code IRO_BENCH_DB_PREFIX} (environment, default {@code iro_bench_}) begins the name of every database a
 * benchmark makes and drops: {@code iro_bench_rw} becomes {@code iro_w23b_rw} with the prefix {@code iro_w23b_}.
 * {@code IRO_BENCH_PORT_OFFSET} (default 0) is added to every port a benchmark starts something on by default: the
 * service's (18480, 18490, …) and the brokers' ({@code ./iro bench} adds it to 19094, 19096 and 19098 and passes the
 * result). A database or port given as a system property ({@code -Dbench.writeDb=…}, {@code -Dbench.port=…}) is
 * used as given.
 */
final class BenchEnv {

    static final String DEFAULT_PREFIX = "iro_bench_";

    private BenchEnv() {
    }

    /** The database named by {@code property}, or the prefix followed by {@code suffix}. */
    static String database(String property, String suffix) {
        String given = System.getProperty(property, "").trim();
        return given.isEmpty() ? prefix() + suffix : given;
    }

    /** The port given as {@code property} (a number), or {@code defaultPort} moved by the offset. */
    static int port(String property, int defaultPort) {
        Integer given = Integer.getInteger(property);
        return given != null ? given : defaultPort + offset();
    }

    /** {@code defaultPort} moved by the offset, for a port no property names. */
    static int port(int defaultPort) {
        return defaultPort + offset();
    }

    /** The broker given as {@code property}, or one on loopback at {@code defaultPort} moved by the offset. */
    static String broker(String property, int defaultPort) {
        String given = System.getProperty(property, "").trim();
        return given.isEmpty() ? "127.0.0.1:" + port(defaultPort) : given;
    }

    static String prefix() {
        String prefix = System.getenv().getOrDefault("IRO_BENCH_DB_PREFIX", "").trim();
        if (prefix.isEmpty()) {
            return DEFAULT_PREFIX;
        }
        if (!prefix.matches("[a-z_][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("IRO_BENCH_DB_PREFIX must be lower-case letters, digits and _: "
                    + prefix);
        }
        return prefix;
    }

    static int offset() {
        String offset = System.getenv().getOrDefault("IRO_BENCH_PORT_OFFSET", "").trim();
        if (offset.isEmpty()) {
            return 0;
        }
        int value = Integer.parseInt(offset);
        if (value < 0 || 18480 + value > 60000) {
            throw new IllegalArgumentException("IRO_BENCH_PORT_OFFSET out of range: " + value);
        }
        return value;
    }
}
