package org.openiro.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The real service from its jar, as a process of its own on a benchmark's database, as production runs it: nothing
 * of the benchmark's JVM (classpath, JIT, heap) is shared with it, so what the driver costs is not in the figure.
 * It has no demo data and no review scan, signs and checks tokens with {@link #SECRET}, and logs to
 * {@code target/bench-NAME-service.log}.
 *
 * <p>{@code bench.jar} names the jar (by default {@code target/app-0.1.0-SNAPSHOT.jar}) and {@code bench.serviceJvm}
 * gives extra JVM options (none by default).
 */
final class ServiceProcess implements AutoCloseable {

    /** 48 characters: the service signs and checks HS256 tokens with it, and so do the benchmarks. */
    static final String SECRET = "openiro-bench-worklist-secret-0123456789abcdefgh";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /** Those not stopped yet: a benchmark stopped by Ctrl-C or an exception must not leave a service behind. */
    private static final Set<ServiceProcess> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ServiceProcess::stop),
                "bench-stop-services"));
    }

    private final Process process;
    private final URI base;

    private ServiceProcess(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts the service and waits until {@code GET /health} answers 200.
     *
     * @param properties configuration given as {@code -D} options, such as the broker and the topic prefix
     */
    static ServiceProcess start(String name, int port, String databaseUrl, Map<String, String> properties,
                                HttpClient http) throws Exception {
        Path log = Path.of("target", "bench-" + name + "-service.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command(properties)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).directory(log.getParent().toFile());
        Map<String, String> env = builder.environment();
        // Only what is set here configures it, never what the shell that ran the benchmark happens to export.
        env.keySet().removeIf(k -> k.startsWith("DATASOURCES_") || k.startsWith("KAFKA_")
                || k.startsWith("MICRONAUT_") || k.startsWith("IRO_"));
        env.put("DATASOURCES_DEFAULT_URL", databaseUrl);
        env.put("DATASOURCES_DEFAULT_USERNAME", "postgres");
        env.put("DATASOURCES_DEFAULT_PASSWORD", "");
        env.put("IRO_DEMO_ENABLED", "false");
        env.put("IRO_JWT_SECRET", SECRET);
        env.put("IRO_SCAN_ENABLED", "false");
        env.put("PORT", String.valueOf(port));
        URI base = URI.create("http://127.0.0.1:" + port);
        System.out.println("starting " + String.join(" ", builder.command()) + " on " + base + " (log: " + log + ")");
        long start = System.nanoTime();
        ServiceProcess service = new ServiceProcess(builder.start(), base);
        RUNNING.add(service);
        service.awaitHealthy(http, log, start);
        System.out.printf("service up in %.1f s (pid %d)%n", (System.nanoTime() - start) / 1e9, service.pid());
        return service;
    }

    private static List<String> command(Map<String, String> properties) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvm = System.getProperty("bench.serviceJvm", "").trim();
        if (!jvm.isEmpty()) {
            command.addAll(Arrays.asList(jvm.split("\\s+")));
        }
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar().toString());
        return command;
    }

    private void awaitHealthy(HttpClient http, Path log, long start) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = start + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped with exit code " + process.exitValue()
                        + " before it was up; see " + log + ":\n" + tail(log));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("the service was not up within " + START_TIMEOUT.toSeconds()
                        + " s; see " + log + ":\n" + tail(log));
            }
            Thread.sleep(250);
        }
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** CPU time the service's process has used so far, all its threads. */
    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Leaves it running after the benchmark's JVM ends, for a look; whoever asked for it stops it. */
    void keep() {
        RUNNING.remove(this);
    }

    /** Stops it as an operator would (SIGTERM, so it releases its relay lease), forcibly after 30 s. */
    void stop() {
        RUNNING.remove(this);
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        System.out.println("service on " + base + " stopped");
    }

    @Override
    public void close() {
        stop();
    }

    /** {@code wanted} if it is free on loopback, or else any free port. */
    static int port(int wanted) throws IOException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted));
            return wanted;
        } catch (IOException taken) {
            try (ServerSocket any = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                System.out.println("port " + wanted + " is taken; using " + any.getLocalPort());
                return any.getLocalPort();
            }
        }
    }

    private static Path jar() {
        String configured = System.getProperty("bench.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("target", "app-0.1.0-SNAPSHOT.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no service jar at " + jar.toAbsolutePath()
                    + "; build it first: ./mvnw -B -q -pl app -am package -DskipTests (./iro bench does)");
        }
        return jar.toAbsolutePath();
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
