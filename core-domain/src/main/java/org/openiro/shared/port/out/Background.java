package org.openiro.shared.port.out;

import java.util.function.Supplier;

/**
 * Work done beside the caller's own, where two things can go on at once: the import checks its files while it reads
 * them, and measures one batch while the one before is written; the report counts the previous period beside the
 * current one. The domain says what may run at once; how (threads, a pool, nothing at all) is the adapter's.
 */
public interface Background {

    /**
     * Starts {@code work}, named for what it does ({@code ssda903-read}), and answers at once.
     *
     * @return the work under way
     */
    <T> Task<T> start(String name, Supplier<T> work);

    /** Work started in the background. */
    interface Task<T> {

        /**
         * Waits for the work and answers its result. A failure is thrown here as itself where it is unchecked
         * (a {@link RuntimeException} or an {@link Error}), else wrapped, with it as the cause.
         */
        T join();

        /** The work's outcome is no longer wanted: it is stopped where it can be, and never joined. */
        void cancel();
    }

    /**
     * No second thread: each work is done when it is joined, and never when it is cancelled first. The same outcomes,
     * one after the other; for tests, and for a system that wants no threads of the core's.
     */
    Background IN_TURN = new Background() {
        @Override
        public <T> Task<T> start(String name, Supplier<T> work) {
            return new Task<>() {
                @Override
                public T join() {
                    return work.get();
                }

                @Override
                public void cancel() {
                }
            };
        }
    };
}
