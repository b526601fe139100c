package io.kontext.cli;

import io.kontext.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of a long build on one terminal line: "Rendering 1200/4000 pages (30 %)", rewritten
 * in place and cleared at the end. Quiet for the first two seconds, so that the usual build prints
 * nothing, and quiet altogether when the output is not a terminal (a CI log, a pipe).
 */
final class ProgressLine implements Pipeline.Progress {

    static final long QUIET_NANOS = 2_000_000_000L;
    private static final long EVERY_NANOS = 100_000_000L;

    private final PrintWriter out;
    private final LongSupplier clock;
    private final long start;
    private volatile int total;
    private long lastShown;
    private boolean shown;

    ProgressLine(PrintWriter out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** The progress line for this process: on a terminal only, otherwise nothing. */
    static Pipeline.Progress forTerminal(PrintWriter err, java.util.Map<String, String> env) {
        boolean terminal = System.console() != null && !"dumb".equals(env.get("TERM"));
        return terminal ? new ProgressLine(err, System::nanoTime) : Pipeline.Progress.NONE;
    }

    @Override
    public void planned(int tasks) {
        total = tasks;
    }

    @Override
    public synchronized void rendered(int tasks) {
        long now = clock.getAsLong();
        if (now - start < QUIET_NANOS || (shown && now - lastShown < EVERY_NANOS && tasks < total)) {
            return;
        }
        lastShown = now;
        shown = true;
        int percent = total == 0 ? 100 : (int) (100L * tasks / total);
        out.print(String.format(Locale.ROOT, "\rRendering %d/%d pages (%d %%)", tasks, total, percent));
        out.flush();
    }

    @Override
    public synchronized void finished() {
        if (shown) {
            out.print("\r\u001b[K");
            out.flush();
            shown = false;
        }
    }
}
