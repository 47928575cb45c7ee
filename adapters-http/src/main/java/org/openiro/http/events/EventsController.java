package org.openiro.http.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.http.input.Id;
import org.openiro.http.security.Permits;
import org.openiro.events.OutboxEvent;
import org.openiro.events.port.in.ReadOutboxUseCase;
import org.openiro.shared.Page;

/** The outbox over HTTP: how a deployment without a broker (the embedded default) hands its events on. */
@Controller("/api/authorities/{authority}/events")
@Validated
class EventsController {

    private final ReadOutboxUseCase outbox;
    private final JsonMapper json;

    EventsController(ReadOutboxUseCase outbox, JsonMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    @Serdeable
    record EventView(long sequence, String id, String type, String topic, String key, Instant time, String subject,
                     JsonNode data, @Nullable Instant publishedAt) {
    }

    @Serdeable
    record EventPage(List<EventView> items, int page, int size, long totalItems) {
    }

    @Get
    @Permits(Action.READ_EVENTS)
    EventPage list(@PathVariable @Id String authority,
                   @QueryValue(defaultValue = "0") @Min(0) long after,
                   @QueryValue(defaultValue = "0") @Min(0) int page,
                   @QueryValue(defaultValue = "50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<OutboxEvent> found = outbox.eventsAfter(AuthorityCode.of(authority), after, new Page.Request(page, size));
        return new EventPage(found.items().stream().map(this::view).toList(), found.page(), found.size(),
                found.totalItems());
    }

    private EventView view(OutboxEvent e) {
        try {
            return new EventView(e.sequence(), e.id(), e.type(), e.topic(), e.key(), e.time(), e.subject(),
                    json.readValue(e.data(), JsonNode.class), e.publishedAt());
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
