package org.openiro.shared;

import java.util.function.Supplier;

/**
 * Runs a use case as one transaction: everything it saves, and the events it appends to the outbox,
 * are written together or not at all. Implemented outside the domain.
 */
public interface UnitOfWork {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
