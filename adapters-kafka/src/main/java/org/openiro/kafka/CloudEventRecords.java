package org.openiro.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.openiro.events.OutboxEvent;

/** An outbox event as a Kafka record: a CloudEvents 1.0 event in binary mode, keyed {@code authority:id}. */
final class CloudEventRecords {

    private CloudEventRecords() {
    }

    static ProducerRecord<String, CloudEvent> toRecord(OutboxEvent event, String topic) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.id())
                .withSource(URI.create(event.source()))
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.time().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.data().getBytes(StandardCharsets.UTF_8))
                .build();
        return new ProducerRecord<>(topic, event.key(), cloudEvent);
    }
}
