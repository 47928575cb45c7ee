package org.openiro.architecture.badexamples.infrastructure;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Rule 1a broken: CompletableFuture runs its work on the common pool. */
public final class WaitsOnFutures {

    public <T> T twice(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work).join();
    }
}
