package org.openiro.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.openiro.shared.UnitOfWork;

/**
 * Runs each unit of work alone, one after another (a lock held from its start to its end, so a child loaded "for a
 * change" stays held until then), and on failure puts every adapter's tables back as they were when it started: its
 * changes are kept together or not at all. A unit of work started inside another joins it. Serializable isolation by
 * the bluntest means, which is what a library example or a test needs; not a database.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Tables> stores;

    /** @param stores every adapter whose changes a failed unit of work takes back */
    public InMemoryUnitOfWork(List<? extends Tables> stores) {
        this.stores = List.copyOf(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            return restoredIfFails(work);
        } finally {
            lock.unlock();
        }
    }

    /** Inside a unit of work, the part's changes taken back as the whole unit of work's are, and the failure thrown. */
    @Override
    public <T> T undoable(Supplier<T> part) {
        lock.lock();
        try {
            return restoredIfFails(part);
        } finally {
            lock.unlock();
        }
    }

    private <T> T restoredIfFails(Supplier<T> work) {
        List<Runnable> restore = new ArrayList<>();
        for (Tables store : stores) {
            restore.add(store.snapshot());
        }
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            restore.forEach(Runnable::run);
            throw e;
        }
    }
}
