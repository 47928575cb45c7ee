package org.openiro.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU an import used: its JVM's and that of its database backends, read from Linux's {@code /proc} while it runs
 * (every 200 ms, each process's last reading kept). On a machine shared with other work a wall-clock figure says
 * mostly how long the import waited for a core; the CPU it used is what a change to the import moves. Backends are
 * those connected to the benchmark's database other than the sampler's own; the last 200 ms of each are missed.
 */
final class ImportCpu implements AutoCloseable {

    private static final double TICKS = 100;

    private final long jvm;
    private final Connection connection;
    private final Map<Long, Long> backendTicks = new HashMap<>();
    /** Each of the JVM's threads by id: its name and its last reading, so threads that end are still counted. */
    private final Map<Long, Map.Entry<String, Long>> threadTicks = new HashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long jvmTicks;

    ImportCpu(long jvm, BenchDatabase database) throws SQLException {
        this.jvm = jvm;
        this.connection = database.connect("");
        sampler = new Thread(this::sample, "import-cpu");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        try (PreparedStatement backends = connection.prepareStatement("SELECT pid FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (running) {
                ticks(jvm).ifPresent(t -> jvmTicks = t);
                threads();
                try (ResultSet pids = backends.executeQuery()) {
                    while (pids.next()) {
                        long pid = pids.getLong(1);
                        ticks(pid).ifPresent(t -> {
                            synchronized (backendTicks) {
                                backendTicks.put(pid, t);
                            }
                        });
                    }
                }
                Thread.sleep(200);
            }
        } catch (SQLException | InterruptedException e) {
            // The figures stop where the sampling did.
        }
    }

    /** Each thread of the JVM ({@code /proc/PID/task/TID/stat}), the collector's and the compilers' among them. */
    private void threads() {
        try (var tasks = Files.list(Path.of("/proc/" + jvm + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long t = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    synchronized (threadTicks) {
                        threadTicks.put(Long.parseLong(task.getFileName().toString()), Map.entry(name, t));
                    }
                } catch (IOException | RuntimeException gone) {
                    // The thread ended between the listing and the reading: its last reading stands.
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The JVM has exited.
        }
    }

    /**
     * The JVM's CPU by kind of thread, seconds, largest first: the collector ({@code GC Thread#n}, {@code G1 …}),
     * the JIT compilers ({@code C1/C2 CompilerThre}), the VM thread (safepoints, the collector's pauses begun), and the
     * rest by name with their numbers taken off (the import's own threads, pgjdbc's, the pool's).
     */
    Map<String, Double> byThread() {
        Map<String, Long> sums = new HashMap<>();
        synchronized (threadTicks) {
            for (Map.Entry<String, Long> e : threadTicks.values()) {
                sums.merge(kind(e.getKey()), e.getValue(), Long::sum);
            }
        }
        Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        sums.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> seconds.put(e.getKey(), e.getValue() / TICKS));
        return seconds;
    }

    private static String kind(String thread) {
        if (thread.startsWith("GC Thread") || thread.startsWith("G1 ") || thread.startsWith("VM Periodic")) {
            return thread.startsWith("VM Periodic") ? "VM periodic task" : "collector";
        }
        if (thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler")) {
            return "JIT " + thread.substring(0, 2);
        }
        return thread.replaceAll("[-#_ ]?[0-9]+$", "");
    }

    /** utime + stime of a process, in clock ticks; empty once it has gone. */
    private static java.util.OptionalLong ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return java.util.OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException gone) {
            return java.util.OptionalLong.empty();
        }
    }

    /** The CPU seconds a process (a database backend, say) has used so far; NaN once it has gone. */
    static double seconds(long pid) {
        java.util.OptionalLong t = ticks(pid);
        return t.isPresent() ? t.getAsLong() / TICKS : Double.NaN;
    }

    double jvmSeconds() {
        return jvmTicks / TICKS;
    }

    double backendSeconds() {
        synchronized (backendTicks) {
            return backendTicks.values().stream().mapToLong(Long::longValue).sum() / TICKS;
        }
    }

    @Override
    public void close() throws SQLException {
        running = false;
        try {
            sampler.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
