package io.kontext.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What each stage of a run spent, in the order the stages ran. While pages are rendered on all
 * cores they go to disk as they are made: the time that went into writing them (summed over the
 * threads) is the publish stage's, and is moved there from the render stage's. {@code kontext
 * build --timings} prints them, the preview server reports the rebuild time from them, and the
 * benchmark harness collects them.
 */
public final class StageTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long end = start;

    /** Runs a stage and adds its time under {@code name}. */
    public <T> T time(String name, Supplier<T> stage) {
        long from = System.nanoTime();
        try {
            return stage.get();
        } finally {
            long now = System.nanoTime();
            synchronized (this) {
                nanos.merge(name, now - from, Long::sum);
                end = now;
            }
        }
    }

    /** Moves time from one stage to another (work one stage did for the other on its threads). */
    public synchronized void move(String from, String to, long amount) {
        long moved = Math.min(amount, nanos.getOrDefault(from, 0L));
        nanos.merge(from, -moved, Long::sum);
        nanos.merge(to, moved, Long::sum);
    }

    /** Milliseconds by stage name, in the order the stages ran. */
    public synchronized Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1e6));
        return out;
    }

    /** Milliseconds from the start of the run to the end of its last stage. */
    public synchronized double totalMillis() {
        return (end - start) / 1e6;
    }

    /** One line: {@code load 12.3 ms · render 45.6 ms · … · total 80.1 ms}. */
    public synchronized String summary() {
        StringBuilder b = new StringBuilder();
        millis().forEach((k, v) -> b.append(k).append(' ').append(String.format(java.util.Locale.ROOT, "%.1f", v))
                .append(" ms · "));
        return b.append("total ").append(String.format(java.util.Locale.ROOT, "%.1f", totalMillis())).append(" ms")
                .toString();
    }
}
