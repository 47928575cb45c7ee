package org.openiro.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.EventPublisher;

/**
 * Publishes a batch and waits until every record is acknowledged. After a failure the producer is thrown away:
 * an idempotent producer whose batch expired may be left in a state it cannot recover from. The producer's own
 * metrics (kafka_producer_*) are bound to the registry while it lives.
 */
@Singleton
@Requires(bean = KafkaSettings.class)
class KafkaEventPublisher implements EventPublisher {

    private static final Duration ACK_WAIT = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private final MeterRegistry metrics;
    private KafkaProducer<String, CloudEvent> producer;
    private KafkaClientMetrics producerMetrics;

    KafkaEventPublisher(KafkaSettings settings, MeterRegistry metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public synchronized void publish(List<OutboxEvent> events) throws PublishFailed {
        try {
            KafkaProducer<String, CloudEvent> p = producer();
            List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
            for (OutboxEvent event : events) {
                acks.add(p.send(CloudEventRecords.toRecord(event, settings.topic(event.topic()))));
            }
            p.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(ACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (KafkaException | ExecutionException | TimeoutException e) {
            discardProducer();
            throw new PublishFailed("Kafka did not acknowledge the batch: " + rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discardProducer();
            throw new PublishFailed("interrupted while waiting for Kafka", e);
        }
    }

    private KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(settings.producer(), new StringSerializer(), new CloudEventSerializer());
            producerMetrics = new KafkaClientMetrics(producer);
            producerMetrics.bindTo(metrics);
        }
        return producer;
    }

    private void discardProducer() {
        if (producer != null) {
            unbindMetrics();
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private void unbindMetrics() {
        if (producerMetrics != null) {
            producerMetrics.close();
            producerMetrics = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            unbindMetrics();
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
