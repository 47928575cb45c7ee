package org.openiro.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * A JDBC driver for {@code jdbc:counting:postgresql://…} that hands every call to PostgreSQL's own driver and counts
 * the statements sent to the server, by their SQL: one for each {@code execute…} of a statement, and one for each
 * row of a batch (pgjdbc sends a batch's rows as that many statements unless they are rewritten into one). The
 * transaction's own {@code BEGIN}, which pgjdbc sends unasked, and {@code commit()} and {@code rollback()} are not
 * statements of the application's and are not counted; a {@code BEGIN} or {@code COMMIT} sent as SQL would be, under
 * its own text. Only the benchmarks use it ({@code review-write}'s "statements a review"): a service is pointed at it
 * by its datasource's URL and driver class, nothing else of the service changes.
 */
public final class CountingDriver implements Driver {

    static final String PREFIX = "jdbc:counting:";
    private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    /** Nanoseconds spent in each statement's execute calls (the round trip to the server included). */
    private static final Map<String, LongAdder> NANOS = new ConcurrentHashMap<>();
    /** The same nanoseconds by the thread that spent them: a report's two halves, each on a thread of its own. */
    private static final Map<String, LongAdder> THREAD_NANOS = new ConcurrentHashMap<>();
    private static final CountingDriver INSTANCE = new CountingDriver();

    static {
        try {
            DriverManager.registerDriver(INSTANCE);
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Registers it with {@link DriverManager} (loading the class does). */
    static void register() {
        // the static initialiser did it
    }

    /** The URL of a database through this driver. */
    static String url(String postgresUrl) {
        if (!postgresUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL: " + postgresUrl);
        }
        return PREFIX + postgresUrl.substring("jdbc:".length());
    }

    /** Forgets what was counted so far. */
    static void reset() {
        COUNTS.clear();
        NANOS.clear();
        THREAD_NANOS.clear();
    }

    /** Milliseconds spent in each statement since the last {@link #reset()}, by their SQL, the longest first. */
    static Map<String, Double> millis() {
        Map<String, Double> sorted = new LinkedHashMap<>();
        NANOS.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue().sum() / 1e6));
        return sorted;
    }

    private static void time(String sql, long nanos) {
        NANOS.computeIfAbsent(sql == null ? "?" : sql.strip(), k -> new LongAdder()).add(nanos);
        THREAD_NANOS.computeIfAbsent(Thread.currentThread().getName(), k -> new LongAdder()).add(nanos);
    }

    /** Milliseconds spent in statements since the last {@link #reset()}, by the thread that ran them. */
    static Map<String, Double> millisByThread() {
        Map<String, Double> sorted = new LinkedHashMap<>();
        THREAD_NANOS.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue().sum() / 1e6));
        return sorted;
    }

    /** The statements counted since the last {@link #reset()}, by their SQL, most frequent first. */
    static Map<String, Long> counts() {
        Map<String, Long> sorted = new LinkedHashMap<>();
        COUNTS.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue().sum()));
        return sorted;
    }

    static long total() {
        return COUNTS.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private static void count(String sql, long statements) {
        COUNTS.computeIfAbsent(sql == null ? "?" : sql.strip(), k -> new LongAdder()).add(statements);
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        Connection real = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info);
        return proxy(Connection.class, real, new ConnectionHandler(real));
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
        return new DriverPropertyInfo[0];
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    private static <T> T proxy(Class<T> type, Object real, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Hands out counting statements; everything else goes to the real connection. */
    private record ConnectionHandler(Connection real) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(method, real, args);
            return switch (method.getName()) {
                case "createStatement" -> proxy(Statement.class, result, new StatementHandler((Statement) result,
                        null));
                case "prepareStatement" -> proxy(PreparedStatement.class, result,
                        new StatementHandler((Statement) result, (String) args[0]));
                case "prepareCall" -> proxy(CallableStatement.class, result,
                        new StatementHandler((Statement) result, (String) args[0]));
                default -> result;
            };
        }
    }

    /** Counts each execution; a batch as its rows. */
    private static final class StatementHandler implements InvocationHandler {

        private final Statement real;
        private final String prepared;
        private final Map<String, Long> batch = new LinkedHashMap<>();

        StatementHandler(Statement real, String prepared) {
            this.real = real;
            this.prepared = prepared;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            boolean withSql = args != null && args.length > 0 && args[0] instanceof String;
            if (name.equals("addBatch")) {
                batch.merge(withSql ? (String) args[0] : prepared, 1L, Long::sum);
            } else if (name.equals("clearBatch")) {
                batch.clear();
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                batch.forEach(CountingDriver::count);
                batch.clear();
            } else if (name.startsWith("execute")) {
                String sql = withSql ? (String) args[0] : prepared;
                count(sql, 1);
                long start = System.nanoTime();
                try {
                    return call(method, real, args);
                } finally {
                    time(sql, System.nanoTime() - start);
                }
            }
            return call(method, real, args);
        }
    }

    /** The first words of a statement, for a short list of what ran. */
    static String shortly(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ");
        return oneLine.length() <= 110 ? oneLine : oneLine.substring(0, 107) + "...";
    }

    static boolean isTransactionControl(String sql) {
        String word = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        return word.equals("BEGIN") || word.equals("COMMIT") || word.equals("ROLLBACK") || word.equals("START");
    }
}
