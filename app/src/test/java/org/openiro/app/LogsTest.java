package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Logs an operations team can ship: every line a request logs carries the request's id, its authority and the user,
 * whichever thread it is logged on; no line names a child or gives a date of birth; {@code IRO_LOG_FORMAT=json}
 * writes one JSON object a line, and the default stays readable text.
 */
@MicronautTest(environments = "pg", transactional = false)
class LogsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void every_line_of_a_request_carries_its_id_authority_and_user_and_never_a_childs_name_or_birth_date() {
        Api api = new Api(server.getURL(), json);
        String authority = TestAuthorities.fresh("logs");
        api.authority(authority);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        Api.Reply imported;
        try {
            api.put("/api/authorities/" + authority + "/children/L1", """
                    {"dateOfBirth": "2013-07-19", "gender": "female", "ethnicity": "WBRI", "uasc": false,
                     "disability": false, "name": "Lorna Loggedname"}""");
            api.get("/api/authorities/" + authority + "/children/L1");
            // The import runs on a thread of the blocking pool, not the one that read the request, and logs a line.
            imported = api.upload("/api/authorities/" + authority + "/imports/ssda903", Map.of(
                    "header", "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nL2,1,15/03/2015,WBRI,,,\n",
                    "episodes", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
                            + "PL_POST,URN\nL2,28/04/2023,S,C2,N1,U4,PR1,,,,,,\n",
                    "reviews", "CHILD,DOB,REVIEW,REVIEW_CODE\n"));
        } finally {
            root.detachAppender(captured);
        }
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);

        List<ILoggingEvent> importLines = captured.list.stream()
                .filter(e -> e.getFormattedMessage().startsWith("SSDA903 import")).toList();
        assertThat(importLines).hasSize(1);
        Map<String, String> context = importLines.get(0).getMDCPropertyMap();
        assertThat(context).containsEntry("requestId", imported.header("X-Request-Id"))
                .containsEntry("authority", authority).containsEntry("user", "test-admin");
        assertThat(importLines.get(0).getThreadName()).as("logged away from the event loop").doesNotContain("loop");
        assertThat(captured.list).allSatisfy(line -> assertThat(line.getFormattedMessage())
                .doesNotContain("Lorna").doesNotContain("Loggedname").doesNotContain("2013-07-19")
                .doesNotContain("15/03/2015").doesNotContain("2015-03-15"));
        assertThat(MDC.get("requestId")).as("nothing left behind on the test's thread").isNull();
    }

    @Test
    void json_when_asked_one_object_a_line_with_the_request_context_and_readable_text_otherwise() throws Exception {
        MDC.put("requestId", "req-42");
        MDC.put("authority", "demo");
        MDC.put("user", "manager");
        try {
            String jsonLine = logOneLineWith("json");
            Map<String, Object> fields = json.readValue(jsonLine, Argument.mapOf(String.class, Object.class));
            assertThat(fields).containsEntry("message", "a review was recorded").containsEntry("level", "INFO")
                    .containsEntry("requestId", "req-42").containsEntry("authority", "demo")
                    .containsEntry("user", "manager").containsKey("@timestamp").containsKey("logger_name");
            assertThat(jsonLine.strip().lines()).hasSize(1);

            String text = logOneLineWith(null);
            assertThat(text).doesNotStartWith("{").contains("INFO").contains("a review was recorded");
        } finally {
            MDC.clear();
        }
    }

    /** One line logged through the service's own logback.xml, as IRO_LOG_FORMAT (null: unset) makes it write. */
    private static String logOneLineWith(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        if (format != null) {
            context.putProperty("IRO_LOG_FORMAT", format);
        }
        PrintStream stdout = System.out;
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        System.setOut(new PrintStream(written, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(LogsTest.class.getClassLoader().getResource("logback.xml"));
            context.getLogger("org.openiro.app.Example").info("a review was recorded");
        } finally {
            context.stop();
            System.setOut(stdout);
        }
        if (written.size() == 0) {
            throw new AssertionError("nothing logged: " + context.getStatusManager().getCopyOfStatusList());
        }
        return written.toString(StandardCharsets.UTF_8);
    }
}
