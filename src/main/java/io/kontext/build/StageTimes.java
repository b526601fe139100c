package io.kontext.build;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each stage of a run took, in the order the stages ran. {@code kontext build --timings}
 * prints them, the preview server reports the rebuild time from them, and the benchmark harness
 * collects them to show where a regression happens.
 */
public final class StageTimes {

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final long start = System.nanoTime();
    private long mark = start;

    /** Ends the stage that began at the previous call (or at construction) under {@code name}. */
    public synchronized void end(String name) {
        long now = System.nanoTime();
        nanos.merge(name, now - mark, Long::sum);
        mark = now;
    }

    /** Milliseconds by stage name, in the order the stages ran. */
    public synchronized Map<String, Double> millis() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v / 1e6));
        return out;
    }

    /** Milliseconds from construction to the end of the last stage. */
    public synchronized double totalMillis() {
        return (mark - start) / 1e6;
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
