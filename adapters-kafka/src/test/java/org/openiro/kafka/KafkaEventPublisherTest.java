package org.openiro.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.cloudevents.CloudEvent;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.out.EventPublisher.PublishFailed;

/**
 * One child's events in a batch, the broker failing one of them: what comes after it must not reach Kafka before it
 * (Kafka's own {@link MockProducer} stands for the broker; the real one is in the fault tests).
 */
class KafkaEventPublisherTest {

    private static final Serializer<CloudEvent> NO_BYTES = (topic, event) -> new byte[0];

    /** Acknowledges every record but the one numbered {@code failing}, which fails as a topic missing from metadata. */
    private static final class BrokerLosingOneTopic extends MockProducer<String, CloudEvent> {
        private final int failing;
        private int sends;

        BrokerLosingOneTopic(int failing) {
            super(true, new StringSerializer(), NO_BYTES);
            this.failing = failing;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, CloudEvent> record, Callback callback) {
            if (++sends == failing) {
                TimeoutException e = new TimeoutException("Topic " + record.topic()
                        + " not present in metadata after 5000 ms.");
                callback.onCompletion(null, e);
                return CompletableFuture.failedFuture(e);
            }
            return super.send(record, callback);
        }
    }

    private static OutboxEvent event(long sequence, String type) {
        return new OutboxEvent(sequence, "id-" + sequence, "org.openiro." + type, "iro.reviews", "a:C1",
                "/authorities/a", "children/C1", Instant.parse("2024-01-10T09:00:00Z"), "{}", null);
    }

    @Test
    void nothing_after_a_failed_record_is_sent_and_the_failure_says_how_many_went_before_it() {
        BrokerLosingOneTopic broker = new BrokerLosingOneTopic(2);
        KafkaEventPublisher publisher = new KafkaEventPublisher(new KafkaSettings("unused:9092", ""),
                new SimpleMeterRegistry(), () -> broker);
        List<OutboxEvent> batch = List.of(event(1, "review.held"), event(2, "review.scheduled"),
                event(3, "review.scheduled"));

        PublishFailed failed = catchThrowableOfType(PublishFailed.class, () -> publisher.publish(batch));

        assertThat(failed).as("the batch is not reported published").isNotNull();
        assertThat(failed.acknowledged()).isEqualTo(1);
        assertThat(failed.getMessage()).contains("not present in metadata");
        assertThat(broker.history()).extracting(r -> r.value().getId())
                .as("the third event, the child's latest due date, did not overtake the second")
                .containsExactly("id-1");
    }

    @Test
    void a_batch_the_broker_takes_whole_is_published_in_order() throws Exception {
        MockProducer<String, CloudEvent> broker = new MockProducer<>(true, new StringSerializer(), NO_BYTES);
        KafkaEventPublisher publisher = new KafkaEventPublisher(new KafkaSettings("unused:9092", "test."),
                new SimpleMeterRegistry(),
                () -> broker);

        publisher.publish(List.of(event(1, "review.held"), event(2, "review.scheduled")));

        assertThat(broker.history()).extracting(ProducerRecord::topic).containsOnly("test.iro.reviews");
        assertThat(broker.history()).extracting(r -> r.value().getId()).containsExactly("id-1", "id-2");
    }
}
