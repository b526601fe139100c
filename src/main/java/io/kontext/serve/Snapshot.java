package io.kontext.serve;

import io.kontext.pipeline.Pipeline;
import io.kontext.render.OutputFile;
import java.util.Map;
import java.util.Optional;

/**
 * What the server serves at one moment. It is replaced whole after every build, so one request
 * sees one build from start to end.
 *
 * @param generation the build's id; an open page reloads when it is no longer the current one
 * @param basePath the path the site is served under, starting and ending with {@code /}
 * @param files the last good build's files by output path ({@code en/index.html}); empty before
 *     the first good build
 * @param errorPage the page shown instead of every HTML page while the latest build has failed
 * @param site the last good build's languages and embeds, for the preview's own pages
 */
record Snapshot(String generation, String basePath, Map<String, OutputFile> files, Optional<String> errorPage,
        Optional<Pipeline.SiteIndex> site) {

    boolean failing() {
        return errorPage.isPresent();
    }

    Optional<OutputFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }
}
