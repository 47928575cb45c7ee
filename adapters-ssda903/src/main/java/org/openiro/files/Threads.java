package org.openiro.files;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.openiro.shared.port.out.Background;

/**
 * Work started beside the caller on a thread of its own, named for what it does ({@code ssda903-read},
 * {@code ssda903-measure}, {@code report-children-and-reviews}), a daemon so that nothing left behind holds the JVM open.
 * Cancelling interrupts the thread: {@link CsvTable} stops reading at its next row.
 */
public final class Threads implements Background {

    @Override
    public <T> Task<T> start(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return new Task<>() {
            @Override
            public T join() {
                try {
                    return result.join();
                } catch (CompletionException failed) {
                    Throwable cause = failed.getCause();
                    if (cause instanceof RuntimeException failure) {
                        throw failure;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(name + " failed", cause);
                }
            }

            @Override
            public void cancel() {
                thread.interrupt();
            }
        };
    }
}
