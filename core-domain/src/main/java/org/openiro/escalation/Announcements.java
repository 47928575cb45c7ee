package org.openiro.escalation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.events.DomainEvent;
import org.openiro.events.EventCatalogue;
import org.openiro.events.Link;
import org.openiro.events.Notification;
import org.openiro.events.port.out.EventOutbox;

/**
 * Writes an alert's event with one notification per person to tell: the person it is raised with, the child's social
 * worker, the child's IRO, and anyone else the step concerns. A scan's findings carry keys, so they and their
 * notifications are written once however often found.
 */
final class Announcements {

    private final AlertPeople people;
    private final EventOutbox outbox;
    private final Clock clock;

    Announcements(AlertPeople people, EventOutbox outbox, Clock clock) {
        this.people = people;
        this.outbox = outbox;
        this.clock = clock;
    }

    void announce(AlertEvent event) {
        announce(event, Optional.empty());
    }

    void announce(AlertEvent event, Optional<Recipient> also) {
        Alert alert = event.alert();
        Map<String, Recipient> to = new LinkedHashMap<>();
        Person with = alert.current().raisedWith();
        to.put(with.id(), Recipient.of(with));
        people.socialWorker(alert.authority(), alert.childId())
                .ifPresent(sw -> to.putIfAbsent(sw.id(), Recipient.of(sw)));
        people.iro(alert.authority(), alert.childId()).ifPresent(iro -> to.putIfAbsent(iro.id(), iro));
        also.ifPresent(other -> to.putIfAbsent(other.id(), other));
        List<DomainEvent> events = new ArrayList<>();
        events.add(event);
        Link link = Link.toAlert(alert.authority(), alert.id());
        for (Recipient recipient : to.values()) {
            events.add(new Notification(alert.authority(), alert.childId(), recipient.id(), recipient.role(),
                    recipient.email(), event.eventType(), link,
                    EventCatalogue.notificationKey(event, recipient.id()).orElse(null)));
        }
        outbox.append(events, clock.instant());
    }
}
