package io.kontext.pipeline;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Inputs;
import io.kontext.load.Inventory;
import io.kontext.load.Loaded;
import io.kontext.load.Project;
import io.kontext.model.Language;
import io.kontext.publish.Destination;
import io.kontext.publish.OutputWriter;
import io.kontext.render.OutputFile;
import io.kontext.render.RenderCache;
import io.kontext.render.Rendition;
import io.kontext.render.SiteRenderer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one place that knows the order of the stages; {@code build}, {@code check}, {@code status}
 * and the preview server all run it. Every stage reports into the same {@link Diagnostics}, so a
 * run shows all problems at once; nothing is published unless the run is clean (or has only
 * warnings and is lenient).
 */
public final class Pipeline {

    /**
     * Where a run's files go.
     *
     * @param out the folder the site replaces, when there is one
     * @param keep whether the files are also kept in memory and returned
     */
    public record Target(Optional<Path> out, boolean keep) {

        /** The output folder, replaced whole when the run is clean: {@code kontext build}. */
        public static Target folder(Path out) {
            return new Target(Optional.of(out), false);
        }

        /** Kept in memory and returned: the preview server, and tests. */
        public static Target memory() {
            return new Target(Optional.empty(), true);
        }

        /** Both: the preview server, which serves from memory and keeps {@code target/site} up to date. */
        public static Target folderAndMemory(Path out) {
            return new Target(Optional.of(out), true);
        }

        /** Nowhere: {@code kontext check} and {@code status}. */
        public static Target none() {
            return new Target(Optional.empty(), false);
        }
    }

    /**
     * @param baseUrl replaces the base URL of {@code site.yaml}
     * @param origin replaces the scheme, host and port of the base URL, keeping its path (the preview server's)
     * @param lenient warnings do not fail the run
     * @param fileTime modification time for written files ({@code SOURCE_DATE_EPOCH})
     * @param only when present, render just the pages whose output path passes it; such a run
     *     publishes nothing and does not check links between pages (the whole run that follows does)
     * @param cache what may be kept from an earlier run in this process
     * @param beforeSwap called before a new output folder is swapped in (the reliability tests)
     */
    public record Options(Path project, Target target, Optional<String> baseUrl, Optional<String> origin, boolean lenient,
            Optional<Instant> fileTime, Optional<Predicate<String>> only, RenderCache cache,
            OutputWriter.BeforeSwap beforeSwap) {

        public static Options of(Path project, Target target) {
            return new Options(project, target, Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                    RenderCache.none(), OutputWriter.BeforeSwap.NONE);
        }

        public Options baseUrl(Optional<String> url) {
            return new Options(project, target, url, origin, lenient, fileTime, only, cache, beforeSwap);
        }

        public Options origin(Optional<String> local) {
            return new Options(project, target, baseUrl, local, lenient, fileTime, only, cache, beforeSwap);
        }

        public Options lenient(boolean allowWarnings) {
            return new Options(project, target, baseUrl, origin, allowWarnings, fileTime, only, cache, beforeSwap);
        }

        public Options fileTime(Optional<Instant> time) {
            return new Options(project, target, baseUrl, origin, lenient, time, only, cache, beforeSwap);
        }

        public Options cache(RenderCache kept) {
            return new Options(project, target, baseUrl, origin, lenient, fileTime, only, kept, beforeSwap);
        }

        public Options beforeSwap(OutputWriter.BeforeSwap hook) {
            return new Options(project, target, baseUrl, origin, lenient, fileTime, only, cache, hook);
        }

        /** The same run for the pages whose output path passes {@code pages}, kept in memory. */
        public Options onlyPages(Predicate<String> pages) {
            return new Options(project, Target.memory(), baseUrl, origin, lenient, fileTime, Optional.of(pages), cache,
                    beforeSwap);
        }
    }

    /**
     * What a run did.
     *
     * @param ok whether it succeeded (and, with an output folder, the site was swapped in)
     * @param files the files, when the target keeps them
     * @param times what each stage spent
     * @param inventory how much the project holds, counted even when it has errors
     * @param site the site's languages and embeds, when it was rendered
     */
    public record Result(boolean ok, Map<String, OutputFile> files, StageTimes times, Inventory inventory,
            Optional<SiteIndex> site) {

        static Result failed(StageTimes times, Inventory inventory) {
            return new Result(false, Map.of(), times, inventory, Optional.empty());
        }
    }

    /**
     * The languages and embeds of a rendered site (what the preview server's own pages list), and
     * where it may be published.
     */
    public record SiteIndex(String basePath, List<LanguageEntry> languages,
            Map<String, List<Rendition.EmbedEntry>> embeds, List<io.kontext.model.PublishTarget> publish) {

        /** A language: its code, its name, and its explainer's path below the site's root. */
        public record LanguageEntry(String code, String name, String path) {
        }
    }

    /** Told how far the run is: the render stage's tasks, planned and done, and its end. */
    public interface Progress extends SiteRenderer.Progress {
        Progress NONE = new Progress() {
        };

        default void finished() {
        }
    }

    private final Stages stages;

    public Pipeline() {
        this(Stages.standard());
    }

    Pipeline(Stages stages) {
        this.stages = stages;
    }

    public Result run(Options options, Diagnostics diagnostics) {
        return run(options, diagnostics, Progress.NONE);
    }

    public Result run(Options options, Diagnostics diagnostics, Progress progress) {
        StageTimes times = new StageTimes();
        Project project = new Project(options.project());
        if (options.target().out().isPresent() && !safeOutput(project, options.target().out().get(), diagnostics)) {
            return Result.failed(times, Inventory.EMPTY);
        }
        // load: read and check every input of the project
        Loaded loaded = times.time("load", () -> stages.load().load(project, options.baseUrl(), options.origin(), diagnostics));
        if (loaded.inputs().isEmpty()) {
            return Result.failed(times, loaded.inventory());
        }
        Inputs inputs = loaded.inputs().get();
        Optional<Destination> opened = destination(options, diagnostics);
        if (opened.isEmpty()) {
            return Result.failed(times, loaded.inventory());
        }
        try (Destination out = opened.get()) {
            // render: every page and file, handed to the destination as it is made
            SiteRenderer.Options render = new SiteRenderer.Options(options.only().orElse(null), options.cache());
            Rendition site = times.time("render", () -> stages.render().render(inputs, render, out::accept, progress,
                    diagnostics));
            progress.finished();
            times.move("render", "publish", out.busyNanos());
            boolean partial = options.only().isPresent();
            if (!diagnostics.hasErrors() && !partial) {
                // check: every link, anchor and hreflang of the site, as a browser would follow them
                times.time("check", () -> {
                    stages.check().check(site, diagnostics);
                    return null;
                });
            }
            if (diagnostics.blocks(options.lenient())) {
                return new Result(false, Map.of(), times, loaded.inventory(), Optional.empty());
            }
            // publish: the host's files, and the new site swapped in whole
            boolean published = partial || times.time("publish", () -> stages.publish().publish(site, out, diagnostics));
            return new Result(published, out.files(), times, loaded.inventory(), Optional.of(index(inputs, site)));
        }
    }

    /** Where the files go: opened before the render, so each can go there as soon as it is made. */
    private static Optional<Destination> destination(Options options, Diagnostics diagnostics) {
        Target target = options.target();
        Destination memory = target.keep() ? Destination.memory() : null;
        if (target.out().isEmpty() || options.only().isPresent()) {
            return Optional.of(memory != null ? memory : Destination.nowhere());
        }
        return new OutputWriter(diagnostics, options.fileTime(), options.beforeSwap()).open(target.out().get())
                .map(Destination::folder).map(folder -> memory != null ? Destination.both(memory, folder) : folder);
    }

    private static SiteIndex index(Inputs inputs, Rendition site) {
        List<SiteIndex.LanguageEntry> languages = inputs.site().config().languages().stream()
                .map((Language l) -> new SiteIndex.LanguageEntry(l.code(), l.name(),
                        inputs.layout().explainer(l).path()))
                .toList();
        return new SiteIndex(inputs.layout().basePath(), languages, site.embeds(), inputs.site().config().publish());
    }

    /** Refuses an output folder that would replace the project or its sources. */
    private static boolean safeOutput(Project project, Path out, Diagnostics diagnostics) {
        Path target = out.toAbsolutePath().normalize();
        if (project.wouldReplaceSources(target)) {
            diagnostics.error(Position.ofFile("--out"), "output", "the output folder " + target
                    + " would replace the project or its sources",
                    "Kontext replaces the whole output folder; use target/site or a folder of its own");
            return false;
        }
        return true;
    }
}
