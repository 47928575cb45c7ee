package org.openiro.events;

import java.time.Instant;

/**
 * An event as the outbox holds it, waiting to be published or already published.
 *
 * @param sequence the outbox's own order, which is the order events are published in
 * @param id the CloudEvents id, stable across redelivery so consumers can de-duplicate
 * @param data the event's data as JSON
 * @param publishedAt when Kafka acknowledged it; null while it waits
 */
public record OutboxEvent(long sequence, String id, String type, String topic, String key, String source,
                          String subject, Instant time, String data, Instant publishedAt) {
}
