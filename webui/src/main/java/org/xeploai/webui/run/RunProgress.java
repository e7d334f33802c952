package org.xeploai.webui.run;

import org.springframework.stereotype.Component;
import org.xeploai.engine.ProgressListener;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far each running run is, in memory: the phase and, while classifying, the grassroots organizations done of
 * all, as the engine's {@link ProgressListener} reports them from its worker threads. The run page polls it.
 */
@Component
public class RunProgress {
    /** The steps of a run after its upload was accepted. */
    public enum Phase { QUEUED, CLASSIFYING, WRITING, SAVING }

    /** A snapshot for the status endpoint. */
    public record Snapshot(Phase phase, long done, long total) {
        public int percent() {
            return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        }
    }

    private final Map<String, Tracker> running = new ConcurrentHashMap<>();

    public Tracker start(String runId) {
        Tracker tracker = new Tracker();
        running.put(runId, tracker);
        return tracker;
    }

    public Optional<Snapshot> of(String runId) {
        return Optional.ofNullable(running.get(runId)).map(Tracker::snapshot);
    }

    public void finish(String runId) {
        Tracker tracker = running.remove(runId);
        if (tracker != null) {
            tracker.finished.complete(null);
        }
    }

    /** Waits until the run ends or {@code timeout} passes; true when it ended (or was not running here). */
    public boolean await(String runId, Duration timeout) {
        Tracker tracker = running.get(runId);
        if (tracker == null) {
            return true;
        }
        try {
            tracker.finished.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    /** One run's progress; the engine calls {@link #progress} from several threads. */
    public static final class Tracker implements ProgressListener {
        private volatile Phase phase = Phase.QUEUED;
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final CompletableFuture<Void> finished = new CompletableFuture<>();

        public void phase(Phase next) {
            phase = next;
        }

        @Override
        public void progress(long doneNow, long totalNow) {
            total.set(totalNow);
            done.accumulateAndGet(doneNow, Math::max);
        }

        Snapshot snapshot() {
            return new Snapshot(phase, done.get(), total.get());
        }
    }
}
