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
     * Runs {@code part} inside the unit of work the caller is in so that, if it fails, what it wrote is taken back
     * alone and the unit of work goes on (a savepoint): the failure is then thrown as itself, and the caller may do
     * something else instead (the import, files not in child order). A unit of work that cannot take back a part
     * alone (this default) throws {@link PartNotUndone} instead, the failure its cause: nothing may go on after a
     * part whose writes may still be there, and the whole unit of work is then to be taken back.
     */
    default <T> T undoable(Supplier<T> part) {
        try {
            return part.get();
        } catch (RuntimeException failed) {
            throw new PartNotUndone(failed);
        }
    }

    /** A part of a unit of work failed and what it wrote could not be taken back alone ({@link #undoable}). */
    final class PartNotUndone extends IllegalStateException {
        public PartNotUndone(RuntimeException cause) {
            super("a part of the unit of work failed and could not be taken back alone: " + cause.getMessage(),
                    cause);
        }
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
