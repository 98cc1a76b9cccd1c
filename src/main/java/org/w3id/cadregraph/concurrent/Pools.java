package org.w3id.cadregraph.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The thread pools of the stages that spread one step over the cores and hand the results on in order. */
public final class Pools {
    private Pools() {}

    /**
     * {@code threads} threads named {@code name}, daemons: a run that fails while tasks are queued must not be kept
     * alive by them.
     */
    public static ExecutorService daemon(String name, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The value of a task, waiting for it; what the task threw is thrown again as it was when unchecked. */
    public static <T> T join(Future<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
