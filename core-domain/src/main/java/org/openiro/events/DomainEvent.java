package org.openiro.events;

import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;

/**
 * Something that happened which other systems may act on (events.md). It goes to the outbox in the same
 * transaction as the change that caused it. Its data carries identifiers, dates and codes only: never a
 * child's name, date of birth or free text.
 */
public interface DomainEvent {

    /** The reverse domain name that prefixes every event type. */
    String TYPE_PREFIX = "org.openiro.";

    /** The type without the prefix, such as {@code review.scheduled}. */
    String type();

    /** The logical topic, such as {@code iro.reviews}; deployments may prefix it. */
    String topic();

    AuthorityCode authority();

    /** The id the event is keyed and ordered by within its authority: the child's, or the recipient's. */
    String keyId();

    /** The CloudEvents subject, such as {@code children/C123}. */
    String subject();

    Map<String, Object> data();

    /**
     * For events a scheduled scan finds (due-soon, overdue), a key unique to the fact, so a second scan in
     * another instance writes nothing; empty for events caused by a request.
     */
    default Optional<String> uniqueKey() {
        return Optional.empty();
    }

    default String fullType() {
        return TYPE_PREFIX + type();
    }

    default String key() {
        return authority().value() + ":" + keyId();
    }

    default String source() {
        return "/authorities/" + authority().value();
    }
}
