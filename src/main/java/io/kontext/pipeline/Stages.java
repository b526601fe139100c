package io.kontext.pipeline;

import io.kontext.check.LinkChecker;
import io.kontext.diag.Diagnostics;
import io.kontext.load.Inputs;
import io.kontext.load.Loaded;
import io.kontext.load.Project;
import io.kontext.load.SiteLoader;
import io.kontext.publish.Destination;
import io.kontext.publish.Publisher;
import io.kontext.render.OutputFile;
import io.kontext.render.Rendition;
import io.kontext.render.SiteRenderer;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The four stages, each behind an interface of one verb, and the records between them: the
 * project's {@link Inputs} (load to render), the {@link Rendition} (render to check and publish).
 */
record Stages(Load load, Render render, Check check, Publish publish) {

    /** Reads and checks every input of a project. */
    interface Load {
        Loaded load(Project project, Optional<String> baseUrl, Optional<String> origin, Diagnostics diagnostics);
    }

    /** Makes every file of the site, handing each to {@code out} as it is made. */
    interface Render {
        Rendition render(Inputs inputs, SiteRenderer.Options options, Consumer<OutputFile> out,
                SiteRenderer.Progress progress, Diagnostics diagnostics);
    }

    /** Checks the rendered site as a browser would follow it; changes nothing. */
    interface Check {
        void check(Rendition site, Diagnostics diagnostics);
    }

    /** Makes the rendered site the published one. */
    interface Publish {
        boolean publish(Rendition site, Destination to, Diagnostics diagnostics);
    }

    static Stages standard() {
        return new Stages(
                (project, baseUrl, origin, diagnostics) -> new SiteLoader(diagnostics).load(project, baseUrl, origin),
                (inputs, options, out, progress, diagnostics) -> new SiteRenderer(diagnostics).render(inputs, options,
                        out::accept, progress),
                (site, diagnostics) -> new LinkChecker(diagnostics).check(site),
                (site, to, diagnostics) -> new Publisher().publish(site, to));
    }
}
