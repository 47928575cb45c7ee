package org.openiro.shared;

import java.util.function.Supplier;
import org.openiro.shared.port.out.Background;

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

    /**
     * Two reads at once, each in a transaction of its own: {@code beside} on a thread {@code background} starts (named
     * {@code name}), {@code here} on the caller's. Where the store can give two transactions one snapshot (PostgreSQL)
     * both see the data as it stood at one moment, as one transaction would; otherwise (the embedded database, memory)
     * they are two transactions side by side. Neither may write.
     */
    default <A, B> Both<A, B> readTogether(Background background, String name, Supplier<A> beside, Supplier<B> here) {
        Background.Task<A> besideRead = background.start(name, () -> inTransaction(beside));
        B hereRead = inTransaction(here);
        return new Both<>(besideRead.join(), hereRead);
    }

    /** What {@link #readTogether} read: on the other thread, and on the caller's. */
    record Both<A, B>(A beside, B here) {
    }
}
