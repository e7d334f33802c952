package org.xeploai.engine.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The engine's worker threads: daemons, so that a run abandoned by its caller never keeps the JVM alive, and a task's
 * failure rethrown as it was thrown. Used by {@link Pipeline} (grassroots organizations in parallel) and by the
 * partitioned run (the next partition read ahead).
 */
public final class Workers {

    private Workers() {
    }

    /** A pool of {@code threads} daemon threads named {@code name}; shut it down when done. */
    public static ExecutorService pool(int threads, String name) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The task's result, or its failure: a runtime exception as thrown, anything else wrapped. */
    public static <T> T await(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("classification interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
