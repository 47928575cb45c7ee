package org.openiro.app.support;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The real service as a process of its own, as production runs it: nothing of the caller's JVM (classpath, JIT, heap)
 * is shared with it, and it can be stopped as an operator stops it (SIGTERM) or killed ({@code kill -9}). It logs to
 * {@code target/NAME-service.log} and signs and checks tokens with {@link #SECRET}.
 *
 * <p>Benchmarks run it from its jar ({@code bench.jar}, by default {@code target/app-0.1.0-SNAPSHOT.jar}, with extra
 * JVM options from {@code bench.serviceJvm}), as deployed; tests run it from the classpath they were built with, since
 * the jar is made only after the tests.
 */
public final class ServiceProcess implements AutoCloseable {

    /** 48 characters: the service signs and checks HS256 tokens with it, and so do the benchmarks. */
    public static final String SECRET = "openiro-bench-worklist-secret-0123456789abcdefgh";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /** Those not stopped yet: a run stopped by Ctrl-C or an exception must not leave a service behind. */
    private static final Set<ServiceProcess> RUNNING = ConcurrentHashMap.newKeySet();
    /** The names started in this JVM: a first start begins its log afresh, a restart adds to it. */
    private static final Set<String> LOGGING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(ServiceProcess::stop),
                "stop-services"));
    }

    /**
     * How to start one.
     *
     * @param environment the service's settings as environment variables, over the defaults (no demo, no scan, the
     *                    secret); nothing of the caller's own environment reaches it
     * @param properties  settings given as {@code -D} options, such as the broker and the topic prefix
     * @param fromJar     the deployable jar, rather than the caller's classpath
     */
    public record Launch(String name, int port, Map<String, String> environment, Map<String, String> properties,
                         boolean fromJar) {

        /** From the classpath, with no settings beyond the defaults. */
        public static Launch ofClasspath(String name, int port) {
            return new Launch(name, port, Map.of(), Map.of(), false);
        }

        public Launch with(String variable, String value) {
            Map<String, String> more = new LinkedHashMap<>(environment);
            more.put(variable, value);
            return new Launch(name, port, more, properties, fromJar);
        }

        public Launch onPostgres(String url) {
            return with("DATASOURCES_DEFAULT_URL", url).with("DATASOURCES_DEFAULT_USERNAME", "postgres")
                    .with("DATASOURCES_DEFAULT_PASSWORD", "");
        }
    }

    private final Launch launch;
    private final Path log;
    private final Process process;
    private final URI base;

    private ServiceProcess(Launch launch, Path log, Process process) {
        this.launch = launch;
        this.log = log;
        this.process = process;
        this.base = URI.create("http://127.0.0.1:" + launch.port());
    }

    /**
     * The jar on a benchmark's PostgreSQL database, with no demo data and no review scan; waits until
     * {@code GET /health} answers 200.
     *
     * @param properties configuration given as {@code -D} options, such as the broker and the topic prefix
     */
    public static ServiceProcess start(String name, int port, String databaseUrl, Map<String, String> properties,
                                       HttpClient http) throws Exception {
        return start(new Launch("bench-" + name, port, Map.of(), properties, true).onPostgres(databaseUrl), http);
    }

    /** Starts it and waits until {@code GET /health} answers 200. */
    public static ServiceProcess start(Launch launch, HttpClient http) throws Exception {
        Path log = Path.of("target", launch.name() + "-service.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command(launch)).redirectErrorStream(true)
                .redirectOutput(LOGGING.add(launch.name()) ? ProcessBuilder.Redirect.to(log.toFile())
                        : ProcessBuilder.Redirect.appendTo(log.toFile())).directory(log.getParent().toFile());
        Map<String, String> env = builder.environment();
        // Only what is set here configures it, never what the shell that ran the caller happens to export.
        env.keySet().removeIf(k -> k.startsWith("DATASOURCES_") || k.startsWith("KAFKA_")
                || k.startsWith("MICRONAUT_") || k.startsWith("IRO_"));
        env.put("IRO_DEMO_ENABLED", "false");
        env.put("IRO_JWT_SECRET", SECRET);
        env.put("IRO_SCAN_ENABLED", "false");
        env.put("PORT", String.valueOf(launch.port()));
        env.putAll(launch.environment());
        System.out.println("starting " + String.join(" ", builder.command()).replaceAll("-cp \\S+", "-cp …")
                + " on port " + launch.port() + " (log: " + log + ")");
        long start = System.nanoTime();
        ServiceProcess service = new ServiceProcess(launch, log, builder.start());
        RUNNING.add(service);
        service.awaitHealthy(http, start);
        System.out.printf("service up in %.1f s (pid %d)%n", (System.nanoTime() - start) / 1e9, service.pid());
        return service;
    }

    private static List<String> command(Launch launch) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvm = System.getProperty("bench.serviceJvm", "").trim();
        if (launch.fromJar() && !jvm.isEmpty()) {
            command.addAll(Arrays.asList(jvm.split("\\s+")));
        }
        launch.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        if (launch.fromJar()) {
            command.add("-jar");
            command.add(jar().toString());
        } else {
            // The service's own logging, not the tests' quieter one, which is also on the classpath; and a JIT that
            // starts it in half the time, for tests that start it more than once.
            command.add("-Dlogback.configurationFile=logback.xml");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add("org.openiro.app.Application");
        }
        return command;
    }

    private void awaitHealthy(HttpClient http, long start) throws Exception {
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(5)).build();
        long deadline = start + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                RUNNING.remove(this);
                throw new IllegalStateException("the service stopped with exit code " + process.exitValue()
                        + " before it was up; see " + log + ":\n" + tail());
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
                        + " s; see " + log + ":\n" + tail());
            }
            Thread.sleep(250);
        }
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    public Launch launch() {
        return launch;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** CPU time the service's process has used so far, all its threads. */
    public long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** Leaves it running after the caller's JVM ends, for a look; whoever asked for it stops it. */
    public void keep() {
        RUNNING.remove(this);
    }

    /**
     * Stops it as an operator would (SIGTERM) and waits for it to end.
     *
     * @return its exit code, or -1 when it had not ended within {@code within} (it is then killed)
     */
    public int terminate(Duration within) throws InterruptedException {
        RUNNING.remove(this);
        process.destroy();
        if (process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return -1;
    }

    /** Kills it at once ({@code kill -9}): nothing of it runs after, as when a machine dies. */
    public void kill() throws InterruptedException {
        RUNNING.remove(this);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops it as an operator would (SIGTERM, so it releases its relay lease), forcibly after 30 s. */
    public void stop() {
        if (!process.isAlive()) {
            RUNNING.remove(this);
            return;
        }
        try {
            terminate(Duration.ofSeconds(30));
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

    /** Everything it has logged, of this start and any before it under the same name. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** {@code wanted} if it is free on loopback, or else any free port. */
    public static int port(int wanted) throws IOException {
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

    private String tail() {
        List<String> lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
