package org.openiro.events;

import org.openiro.authority.AuthorityCode;
import org.openiro.events.port.in.ReadOutboxUseCase;
import org.openiro.events.port.out.OutboxStore;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;

public final class OutboxReader implements ReadOutboxUseCase {

    private final OutboxStore outbox;
    private final UnitOfWork unitOfWork;

    public OutboxReader(OutboxStore outbox, UnitOfWork unitOfWork) {
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<OutboxEvent> eventsAfter(AuthorityCode authority, long after, Page.Request page) {
        return unitOfWork.inTransaction(() -> outbox.listAfter(authority, after, page));
    }
}
