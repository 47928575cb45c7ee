package org.openiro.architecture.badexamples.infrastructure;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Rule 1a broken: a "domain" class with a thread pool of its own, and a thread it starts. */
public final class StartsThreads {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    public void inBackground(Runnable work) {
        POOL.submit(work);
        new Thread(work, "also").start();
    }
}
