package io.kontext.publish;

import io.kontext.render.OutputFile;
import io.kontext.render.Rendition;
import java.util.HashSet;
import java.util.Set;

/**
 * The publish stage: what a host needs beside the pages ({@code robots.txt}, the {@code _headers}
 * file and the nginx snippet, from the paths of the site), then the new site made the published
 * one, whole ({@link Destination#commit}). The pages themselves reached the destination while
 * they were rendered, each text file with its gzipped copy.
 */
public final class Publisher {

    /** Adds the host's files and commits; false (and reported) when the site could not be published. */
    public boolean publish(Rendition site, Destination to) {
        OutputFile robots = HostingFiles.robots(site.layout());
        to.accept(robots);
        Set<String> paths = new HashSet<>(site.paths());
        paths.add(robots.path());
        for (OutputFile f : HostingFiles.headerFiles(paths, site.layout())) {
            to.accept(f);
        }
        return to.commit();
    }
}
