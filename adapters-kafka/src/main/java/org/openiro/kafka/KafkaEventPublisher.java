package org.openiro.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.EventPublisher;

/**
 * Publishes a batch and waits until every record is acknowledged, stopping at the first record that fails: a record
 * sent after a failed one of the same key would reach consumers before it, and when the batch is sent again the older
 * event would arrive after the newer (issue 22: stale {@code review.scheduled} moved due dates backwards). So no
 * record is handed to the producer once one has failed, and a failure the broker reports later closes the producer at
 * once, which abandons whatever it still held rather than send it after an epoch bump. After a failure the producer
 * is thrown away: an idempotent producer whose batch expired may be left in a state it cannot recover from. The
 * producer's own metrics (kafka_producer_*) are bound to the registry while it lives.
 */
@Singleton
@Requires(bean = KafkaSettings.class)
class KafkaEventPublisher implements EventPublisher {

    /** Longer than the producer's delivery timeout, so Kafka's own verdict on every record comes first. */
    private static final Duration ACK_WAIT = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private final MeterRegistry metrics;
    private final Supplier<Producer<String, CloudEvent>> producers;
    private Producer<String, CloudEvent> producer;
    private KafkaClientMetrics producerMetrics;

    @Inject
    KafkaEventPublisher(KafkaSettings settings, MeterRegistry metrics) {
        this(settings, metrics, () -> new KafkaProducer<>(settings.producer(), new StringSerializer(),
                new CloudEventSerializer()));
    }

    KafkaEventPublisher(KafkaSettings settings, MeterRegistry metrics,
                        Supplier<Producer<String, CloudEvent>> producers) {
        this.settings = settings;
        this.metrics = metrics;
        this.producers = producers;
    }

    @Override
    public synchronized void publish(List<OutboxEvent> events) throws PublishFailed {
        Producer<String, CloudEvent> p = producer();
        Thread publishing = Thread.currentThread();
        AtomicReference<Exception> failed = new AtomicReference<>();
        Callback stopAtFailure = (metadata, e) -> {
            if (e != null && failed.compareAndSet(null, e) && Thread.currentThread() != publishing) {
                // On the producer's own thread: nothing it still holds may go out after this record.
                p.close(Duration.ZERO);
            }
        };
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        try {
            for (OutboxEvent event : events) {
                if (failed.get() != null) {
                    break;
                }
                acks.add(p.send(CloudEventRecords.toRecord(event, settings.topic(event.topic())), stopAtFailure));
            }
            p.flush();
        } catch (RuntimeException e) {
            // Thrown by send itself (a closed producer, a record it cannot serialise): nothing after it was sent.
            failed.compareAndSet(null, e);
        }
        int acknowledged = 0;
        Exception failure = failed.get();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(ACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                acknowledged++;
            }
        } catch (ExecutionException | TimeoutException e) {
            failure = failure != null ? failure : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = e;
        }
        if (failure == null && acknowledged == events.size()) {
            return;
        }
        discardProducer();
        throw new PublishFailed("Kafka did not acknowledge event " + (acknowledged + 1) + " of " + events.size()
                + " (" + acknowledged + " before it were): " + rootMessage(failure), failure, acknowledged);
    }

    private Producer<String, CloudEvent> producer() {
        if (producer == null) {
            producer = producers.get();
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
        if (e == null) {
            return "no answer";
        }
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
