package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.TestServices;
import org.openiro.app.support.TestServices.OwnBroker;
import org.openiro.bench.FaultRun;

/**
 * Faults under a write load (issue 22): the service killed twice ({@code kill -9}) and the broker killed once, while
 * clients record reviews and send again, with the same {@code Idempotency-Key}, whatever met no answer. Afterwards
 * every write the service acknowledged is there, and every event of its outbox reached the broker, the first time in
 * its key's order. The long version with more kinds of fault is {@code ./iro bench faults}.
 */
class FaultTest {

    @Test
    void through_kills_of_the_service_and_the_broker_no_acknowledged_write_or_event_is_lost_or_reordered()
            throws Exception {
        String url = TestServices.POSTGRES_URL;
        String server = url.substring(0, url.lastIndexOf('/'));
        String database = url.substring(url.lastIndexOf('/') + 1) + "_faults";
        FaultRun.Settings settings = new FaultRun.Settings("suite", 16, 4, TestServices.servicePort(2),
                "faults-" + UUID.randomUUID().toString().substring(0, 8) + ".", false);
        FaultRun.Report report;
        try (OwnBroker broker = new OwnBroker(TestServices.OWN_KAFKA_PORT).start();
             FaultRun run = FaultRun.start(settings, server, database, broker)) {
            run.startLoad();
            run.awaitAcknowledged(40);
            run.killService();
            run.awaitAcknowledged(40);
            run.killBroker();
            run.awaitAcknowledged(40);
            run.resumeBroker();
            run.awaitAcknowledged(20);
            run.killService();
            run.awaitAcknowledged(40);
            report = run.finish();
        }
        System.out.println(report.table());

        assertThat(report.faults()).hasSize(2);
        assertThat(report.lost()).as("acknowledged writes lost").isZero();
        assertThat(report.refused()).as("writes refused: " + report.firstRefusal()).isZero();
        assertThat(report.events().outboxRows()).as("the load told of its reviews").isPositive();
        assertThat(report.events().missing()).as("events never published").isZero();
        assertThat(report.events().outOfOrder()).as("events out of order").isZero();
        assertThat(report.status500()).as("answers 500").isZero();
    }
}
