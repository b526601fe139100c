package io.kontext.build;

import io.kontext.check.LinkChecker;
import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Project;
import io.kontext.load.SiteLoader;
import io.kontext.model.Site;
import io.kontext.publish.HostingFiles;
import io.kontext.publish.OutputWriter;
import io.kontext.render.OutputFile;
import io.kontext.render.SiteRenderer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.Optional;

/**
 * Runs the stages in order. Every stage reports into the same {@link Diagnostics}, so a run shows
 * all problems at once; nothing is written unless the run is clean (or has only warnings and is
 * lenient).
 */
public final class Pipeline {

    /**
     * @param out where to write; empty for a check that writes nothing
     * @param baseUrl replaces the base URL of {@code site.yaml}
     * @param lenient warnings do not fail the run
     * @param fileTime modification time for written files ({@code SOURCE_DATE_EPOCH})
     * @param only when present, render just the pages whose output path passes it
     */
    public record Options(Path project, Optional<Path> out, Optional<String> baseUrl, boolean lenient,
            Optional<Instant> fileTime, Optional<Predicate<String>> only) {

        public Options(Path project, Optional<Path> out, Optional<String> baseUrl, boolean lenient,
                Optional<Instant> fileTime) {
            this(project, out, baseUrl, lenient, fileTime, Optional.empty());
        }

        /**
         * The same run limited to the pages whose output path passes {@code pages}: the preview
         * server's first answer to an edit, for the pages open in a browser. Such a run writes
         * nothing and does not check links between pages; the whole build that follows does.
         */
        public Options onlyPages(Predicate<String> pages) {
            return new Options(project, Optional.empty(), baseUrl, lenient, fileTime, Optional.of(pages));
        }
    }

    /**
     * What a run did: whether it succeeded, the files it produced when it kept them (a run without
     * an output folder), and how long each stage took.
     */
    public record Result(boolean ok, List<OutputFile> files, StageTimes times) {
        public Result(boolean ok, List<OutputFile> files) {
            this(ok, files, new StageTimes());
        }
    }

    public Result run(Options options, Diagnostics diagnostics) {
        return run(options, diagnostics, Progress.NONE);
    }

    /**
     * Runs the stages. With an output folder, each file goes to disk as soon as it is rendered and
     * checked (with its gzipped copy), into a temporary folder that replaces the output only when
     * the whole run is clean; the result then lists no files. Without one, the files are kept and
     * returned.
     */
    public Result run(Options options, Diagnostics diagnostics, Progress progress) {
        StageTimes times = new StageTimes();
        Project project = new Project(options.project());
        if (options.out().isPresent() && !safeOutput(project, options.out().get(), diagnostics)) {
            return new Result(false, List.of(), times);
        }
        // load: read and check every source file
        Optional<Site> site = new SiteLoader(diagnostics).load(project, options.baseUrl());
        times.end("load");
        if (site.isEmpty()) {
            return new Result(false, List.of(), times);
        }
        URI base = site.get().config().baseUrl();
        Optional<OutputWriter.Session> session = Optional.empty();
        if (options.out().isPresent()) {
            session = new OutputWriter(diagnostics, options.fileTime()).open(options.out().get());
            if (session.isEmpty()) {
                return new Result(false, List.of(), times);
            }
        }
        try (OutputWriter.Session writing = session.orElse(null)) {
            Map<String, OutputFile> kept = new ConcurrentSkipListMap<>();
            Set<String> paths = ConcurrentHashMap.newKeySet();
            LinkChecker checker = new LinkChecker(diagnostics, base);
            // render, check each page's links and ids as it comes, and write it with its gzipped copy
            AtomicInteger done = new AtomicInteger();
            new SiteRenderer(project, diagnostics).render(site.get(), options.only().orElse(null), rendered -> {
                OutputFile file = checker.scan(rendered);
                paths.add(file.path());
                if (writing != null) {
                    if (writing.add(file)) {
                        HostingFiles.precompressed(file).ifPresent(writing::add);
                    }
                } else {
                    kept.put(file.path(), file);
                }
            }, progress::planned, () -> progress.rendered(done.incrementAndGet()));
            times.end("render");
            progress.finished();
            if (diagnostics.hasErrors()) {
                return new Result(false, List.of(), times);
            }
            if (options.only().isPresent()) {
                return new Result(!diagnostics.blocks(options.lenient()), List.copyOf(kept.values()), times);
            }
            // check: links, anchors and hreflang against the whole site, as a browser would follow them
            checker.finish();
            times.end("check");
            if (diagnostics.blocks(options.lenient())) {
                return new Result(false, List.copyOf(kept.values()), times);
            }
            // publish: headers for static hosts
            for (OutputFile f : HostingFiles.headerFiles(paths, base)) {
                if (writing != null) {
                    writing.add(f);
                } else {
                    kept.put(f.path(), f);
                }
            }
            times.end("publish");
            // write: swap the new site in whole
            if (writing != null && !writing.commit()) {
                return new Result(false, List.of(), times);
            }
            times.end("write");
            return new Result(true, List.copyOf(kept.values()), times);
        }
    }

    /** Told how far the render stage is: the number of tasks (about one per page), then each one done. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void planned(int tasks) {
        }

        default void rendered(int tasks) {
        }

        default void finished() {
        }
    }

    /** Refuses an output folder that would replace the project or its sources. */
    private static boolean safeOutput(Project project, Path out, Diagnostics diagnostics) {
        Path target = out.toAbsolutePath().normalize();
        Path root = project.root();
        boolean clash = root.startsWith(target);
        for (String source : List.of("site", "templates", "seeds", "src")) {
            clash |= target.startsWith(root.resolve(source));
        }
        if (clash) {
            diagnostics.error(Position.ofFile("--out"), "output", "the output folder " + target
                    + " would replace the project or its sources",
                    "Kontext replaces the whole output folder; use target/site or a folder of its own");
            return false;
        }
        return true;
    }
}
