package io.kontext.reliability;

import io.kontext.diag.Diagnostics;
import io.kontext.pipeline.Pipeline;
import io.kontext.publish.OutputWriter;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;

/**
 * A build that stops once its new site is written, just before the swap, for the reliability tests
 * that kill it there or build beside it: it creates the marker file and waits until the test
 * deletes it. Run in a process of its own: {@code HeldBuild <project> <out> <marker>}; exits as
 * {@code kontext build} does.
 */
public final class HeldBuild {

    private HeldBuild() {
    }

    public static void main(String[] args) {
        Path marker = Path.of(args[2]);
        OutputWriter.BeforeSwap hold = written -> {
            Files.writeString(marker, written.toString());
            try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
                marker.getParent().register(watcher, StandardWatchEventKinds.ENTRY_DELETE);
                while (Files.exists(marker)) {
                    watcher.take().reset();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while held before the swap", e);
            }
        };
        Diagnostics diagnostics = new Diagnostics();
        Pipeline.Result result = new Pipeline().run(Pipeline.Options.of(Path.of(args[0]),
                Pipeline.Target.folder(Path.of(args[1]))).beforeSwap(hold), diagnostics);
        diagnostics.all().forEach(d -> System.err.println(d.headline()));
        System.exit(result.ok() ? 0 : 1);
    }
}
