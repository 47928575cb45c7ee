package org.openiro.app.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real services ./iro test provides: PostgreSQL, the suite's Kafka broker, and the script that starts a broker
 * of a test's own (for tests that stop one).
 */
public final class TestServices {

    public static final String POSTGRES_URL = env("IRO_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/iro_test");
    public static final String KAFKA = env("IRO_TEST_KAFKA", "127.0.0.1:19092");
    /** The port of a broker a test starts and stops itself. */
    public static final int OWN_KAFKA_PORT = Integer.parseInt(env("IRO_TEST_OWN_KAFKA_PORT", "29092"));

    private TestServices() {
    }

    /**
     * The port of the {@code n}th service process a test starts (0 to 9), derived from the test's own broker port as
     * each engineer's run sets it apart ({@code IRO_TEST_OWN_KAFKA_PORT}), so that runs side by side never meet; a port
     * taken anyway is replaced by a free one ({@link ServiceProcess#port}).
     */
    public static int servicePort(int n) {
        return OWN_KAFKA_PORT + 50 + n;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** A database of the test's own, created afresh, for tests that run several instances or a broker of their own. */
    public static String freshDatabase(String suffix) {
        String server = POSTGRES_URL.substring(0, POSTGRES_URL.lastIndexOf('/'));
        String name = POSTGRES_URL.substring(POSTGRES_URL.lastIndexOf('/') + 1) + "_" + suffix;
        try (Connection c = DriverManager.getConnection(server + "/postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return server + "/" + name;
    }

    public static Map<String, Object> postgres(String url) {
        return Map.of("datasources.default.url", url, "datasources.default.username", "postgres",
                "datasources.default.password", "");
    }

    /** A Kafka broker of a test's own, on its own port and data folder, started with tools/kafka-broker/kafka.sh. */
    public static final class OwnBroker implements AutoCloseable {
        private final int port;

        public OwnBroker(int port) {
            this.port = port;
        }

        public String bootstrapServers() {
            return "127.0.0.1:" + port;
        }

        /** Starts a fresh broker (its data wiped) whose topics have one partition, so order is total. */
        public OwnBroker start() {
            run("start");
            return this;
        }

        public void stop() {
            run("stop");
        }

        /** Kills it at once ({@code kill -9}); its data stays for {@link #resume}. */
        public void kill() {
            run("kill");
        }

        /** Starts it again on the data it had, with what was published before still there. */
        public void resume() {
            run("resume");
        }

        /** Freezes it (SIGSTOP): it holds its connections and answers nothing, as a broker that hangs. */
        public void pause() {
            run("pause");
        }

        public void unpause() {
            run("unpause");
        }

        @Override
        public void close() {
            stop();
        }

        private void run(String command) {
            Path script = script();
            try {
                ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), command, String.valueOf(port))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "own-broker.log").toFile()));
                builder.environment().put("KAFKA_NUM_PARTITIONS", "1");
                builder.environment().put("MVN", script.getParent().getParent().getParent().resolve("mvnw").toString());
                Process process = builder.start();
                if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    throw new IllegalStateException("kafka.sh " + command + " " + port + " failed");
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static Path script() {
            String configured = System.getenv("IRO_KAFKA_SCRIPT");
            Path path = configured != null ? Path.of(configured)
                    : Path.of("..", "tools", "kafka-broker", "kafka.sh").toAbsolutePath().normalize();
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("no broker script at " + path + "; run the tests with ./iro test");
            }
            return path;
        }
    }
}
