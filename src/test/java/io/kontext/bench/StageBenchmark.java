package io.kontext.bench;

import io.kontext.pipeline.Pipeline;
import io.kontext.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The in-process harness for per-stage costs: builds one project many times in the same JVM and
 * prints the median milliseconds of each stage (load, render, check, publish, write), first for
 * the cold first run, then for the warm runs. A regression shows in the stage where it happens.
 * Not a test: {@code src/bench/run} calls it, and nothing fails on its numbers.
 *
 * <p>Usage: {@code StageBenchmark PROJECT [WARMUP] [RUNS] [--no-write]}; with {@code --no-write} the
 * site is kept in memory, as {@code kontext check} does, so that disk speed does not count.
 */
public final class StageBenchmark {

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : ".");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        boolean write = !List.of(args).contains("--no-write");
        Path out = Files.createTempDirectory("kontext-stages").resolve("site");
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        int pages = 0;
        for (int i = 0; i < 1 + warmup + runs; i++) {
            Diagnostics diagnostics = new Diagnostics();
            Pipeline.Result r = new Pipeline().run(Pipeline.Options.of(project, write ? Pipeline.Target.folder(out)
                    : Pipeline.Target.memory()), diagnostics);
            if (!r.ok()) {
                diagnostics.all().forEach(d -> System.err.println(d));
                throw new IllegalStateException("the build of " + project + " failed");
            }
            if (i == 0 && !write) {
                pages = (int) r.files().keySet().stream().filter(f -> f.endsWith(".html")).count();
                System.out.printf(Locale.ROOT, "%s: %d files, %d pages (in memory)%n", project, r.files().size(), pages);
                System.out.println("first run (cold JVM): " + r.times().summary());
            } else if (i == 0) {
                try (var walk = Files.walk(out)) {
                    List<Path> files = walk.filter(Files::isRegularFile).toList();
                    pages = (int) files.stream().filter(f -> f.toString().endsWith(".html")).count();
                    System.out.printf(Locale.ROOT, "%s: %d files, %d pages%n", project, files.size(), pages);
                }
                System.out.println("first run (cold JVM): " + r.times().summary());
            } else if (i > warmup) {
                r.times().millis().forEach((k, v) -> samples.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
                samples.computeIfAbsent("total", x -> new ArrayList<>()).add(r.times().totalMillis());
            }
        }
        StringBuilder b = new StringBuilder("warm median over " + runs + " runs: ");
        samples.forEach((k, v) -> b.append(k).append(' ').append(String.format(Locale.ROOT, "%.1f", median(v)))
                .append(" ms · "));
        System.out.println(b.substring(0, b.length() - 3));
        System.out.printf(Locale.ROOT, "warm: %.3f ms per page%n", median(samples.get("total")) / pages);
    }

    static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
