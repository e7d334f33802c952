package org.xeploai.cli;

import org.xeploai.engine.ProgressListener;
import org.xeploai.i18n.Messages;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on standard error, drawn only when it is a terminal and the run has lasted about two
 * seconds: short runs and redirected output stay clean. Told by the engine's worker threads how many grassroots
 * organizations are done, and before that, when a large input is read first, how many rows are read.
 */
final class ProgressBar implements ProgressListener {
    static final long SHOW_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final Messages messages;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private final long started;
    private long lastDrawn = Long.MIN_VALUE;
    private int lastLength;
    private boolean drawn;

    /** @param started the {@link System#nanoTime()} when the run began (reading and compiling count too) */
    ProgressBar(PrintWriter err, Messages messages, boolean terminal, long started) {
        this(err, messages, terminal, started, System::nanoTime);
    }

    ProgressBar(PrintWriter err, Messages messages, boolean terminal, long started, LongSupplier nanoTime) {
        this.err = err;
        this.messages = messages;
        this.terminal = terminal;
        this.started = started;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void progress(long done, long total) {
        if (!terminal || total <= 0) {
            return;
        }
        int filled = (int) Math.min(WIDTH, done * WIDTH / total);
        draw("[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] "
                + messages.get("cli.progress", done, total, done * 100 / total), done >= total);
    }

    /** While the input is read before classifying: the rows read so far, on the same line. */
    @Override
    public synchronized void reading(long rows) {
        if (terminal) {
            draw(messages.get("cli.progress.reading", rows), false);
        }
    }

    private void draw(String line, boolean last) {
        long now = nanoTime.getAsLong();
        if (now - started < SHOW_AFTER_NANOS || (!last && drawn && now - lastDrawn < REDRAW_NANOS)) {
            return;
        }
        // pad with spaces so that a shorter line wipes the end of the previous one
        err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        err.flush();
        lastLength = line.length();
        lastDrawn = now;
        drawn = true;
    }

    /** Ends the bar's line, if one was drawn, so that what follows starts on a fresh line. */
    synchronized void finish() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}
