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
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
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
     */
    public record Options(Path project, Optional<Path> out, Optional<String> baseUrl, boolean lenient,
            Optional<Instant> fileTime) {
    }

    /** What a run did: whether it succeeded, and the files it produced (written or not). */
    public record Result(boolean ok, List<OutputFile> files) {
    }

    public Result run(Options options, Diagnostics diagnostics) {
        Project project = new Project(options.project());
        if (options.out().isPresent() && !safeOutput(project, options.out().get(), diagnostics)) {
            return new Result(false, List.of());
        }
        // load: read and check every source file
        Optional<Site> site = new SiteLoader(diagnostics).load(project, options.baseUrl());
        if (site.isEmpty()) {
            return new Result(false, List.of());
        }
        // render: every page, in every language, in memory
        List<OutputFile> files = new SiteRenderer(project, diagnostics).render(site.get());
        if (diagnostics.hasErrors()) {
            return new Result(false, List.of());
        }
        // check: links, anchors, ids, hreflang - as a browser would see the pages
        files = new LinkChecker(diagnostics, site.get().config().baseUrl()).check(files);
        if (diagnostics.blocks(options.lenient())) {
            return new Result(false, files);
        }
        // publish: headers for static hosts and precompressed copies
        files = HostingFiles.add(files, site.get().config().baseUrl());
        // write: into a temporary folder, swapped in whole
        if (options.out().isPresent()
                && !new OutputWriter(diagnostics, options.fileTime()).write(files, options.out().get())) {
            return new Result(false, files);
        }
        return new Result(true, files);
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
