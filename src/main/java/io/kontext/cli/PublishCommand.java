package io.kontext.cli;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Project;
import io.kontext.model.PublishTarget;
import io.kontext.pipeline.Pipeline;
import io.kontext.publish.Publication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Build the site and publish it to a target named in site.yaml under 'publish:' (the first "
                + "when none is named): an S3-compatible bucket or a folder. Only what changed is uploaded, in an "
                + "order that keeps the published site whole for readers; what the site no longer has is deleted "
                + "last.")
final class PublishCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", description = "The target's name in site.yaml.")
    String name;

    @Option(names = "--project", paramLabel = "DIR", description = "The project folder (default: the current folder).")
    Path project = Path.of("");

    @Option(names = "--dry-run", description = "Show what would be uploaded and deleted, and change nothing.")
    boolean dryRun;

    @Option(names = "--yes", description = "Publish without asking (for scripts and CI: without a terminal, "
            + "publish asks for this).")
    boolean yes;

    @Option(names = "--keep-stale", description = "Leave the files the site no longer has on the target.")
    boolean keepStale;

    @Option(names = "--verbose", description = "Print a stack trace when Kontext itself fails.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Project p = new Project(project);
        // the site as `kontext build` makes it, checked, in target/site: what is published is what was built
        Diagnostics diagnostics = new Diagnostics();
        Pipeline.Result built = new Pipeline().run(Pipeline.Options.of(p.root(),
                Pipeline.Target.folder(p.defaultOutput())), diagnostics, ProgressLine.forTerminal(err, System.getenv()));
        new DiagnosticPrinter(err).print(diagnostics);
        if (!built.ok()) {
            err.println("nothing published: the build failed");
            err.flush();
            return ExitCode.CONTENT;
        }
        List<PublishTarget> targets = built.site().orElseThrow().publish();
        if (targets.isEmpty()) {
            Diagnostics none = new Diagnostics();
            none.error(Position.ofFile("site/site.yaml"), "publish", "site.yaml names no publishing target",
                    "add 'publish:' with a target, e.g. '- {name: production, to: s3://bucket/folder/, region: "
                            + "eu-north-1}'; see README.md, Publishing");
            new DiagnosticPrinter(err).print(none);
            return ExitCode.CONTENT;
        }
        PublishTarget target = name == null ? targets.get(0)
                : targets.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
        if (target == null) {
            err.println("error: site.yaml has no publishing target '" + name + "'; it has: "
                    + targets.stream().map(PublishTarget::name).collect(Collectors.joining(", ")));
            err.flush();
            return ExitCode.USAGE;
        }
        Set<String> languages = built.site().get().languages().stream().map(Pipeline.SiteIndex.LanguageEntry::code)
                .collect(Collectors.toSet());
        boolean terminal = System.console() != null && !"dumb".equals(System.getenv("TERM"));
        out.println("Publishing " + p.relative(p.defaultOutput()) + "/ to " + target.name() + " (" + target.describe()
                + target.endpoint().map(e -> " at " + e).orElse("") + ")");
        out.flush();
        boolean[] declined = {false};
        Publication publication = Publication.to(target, p.root());
        Publication.Outcome outcome;
        try {
            outcome = publication.publish(p.defaultOutput(), languages, dryRun, keepStale, plan -> {
                print(out, plan);
                if (yes) {
                    return true;
                }
                if (!terminal) {
                    declined[0] = true;
                    err.println("error: publishing changes the site readers see: run again with --yes to publish"
                            + " (or on a terminal, to be asked)");
                    err.flush();
                    return false;
                }
                out.print("Publish these changes? [y/N] ");
                out.flush();
                try {
                    String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    boolean go = answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
                    declined[0] = !go;
                    return go;
                } catch (IOException e) {
                    return false;
                }
            }, terminal ? new PublishProgress(err) : Publication.Listener.NONE);
        } finally {
            publication.close();
        }
        if (terminal) {
            err.print("\r\u001b[K");
            err.flush();
        }
        if (outcome.failure() != null) {
            err.println("error: " + outcome.failure().message());
            if (outcome.failure().hint() != null) {
                err.println("  hint: " + outcome.failure().hint());
            }
            if (outcome.failure().beforeAnyChange()) {
                err.println("nothing was published");
            } else {
                err.println("the publish broke off after " + outcome.uploaded() + " of "
                        + (outcome.plan().added().files() + outcome.plan().changed().files()) + " uploads; the target "
                        + "still serves a whole site (what was uploaded came before what refers to it, and nothing "
                        + "was deleted yet): run 'kontext publish' again to finish");
            }
            err.flush();
            return ExitCode.PUBLISH;
        }
        if (dryRun) {
            print(out, outcome.plan());
            out.println("dry run: nothing was uploaded or deleted");
        } else if (outcome.plan().nothingToDo()) {
            print(out, outcome.plan());
            out.println("the target already has this site: nothing to upload");
        } else if (declined[0]) {
            out.println("nothing published");
            out.flush();
            return yes || terminal ? ExitCode.OK : ExitCode.USAGE;
        } else {
            out.println("published: " + outcome.uploaded() + " uploaded, " + outcome.deleted() + " deleted");
        }
        out.flush();
        return ExitCode.OK;
    }

    /** The plan: counts and bytes of new, changed, deleted and unchanged files, and the first of each. */
    static void print(PrintWriter out, Publication.Summary plan) {
        row(out, "new", plan.added());
        row(out, "changed", plan.changed());
        row(out, "deleted", plan.deleted());
        row(out, "unchanged", plan.unchanged());
        out.flush();
    }

    private static void row(PrintWriter out, String what, Publication.Count c) {
        out.println(String.format(Locale.ROOT, "  %-9s %6d %-5s %10s%s", what, c.files(), c.files() == 1 ? "file"
                : "files", bytes(c.bytes()), c.first() == null || what.equals("unchanged") ? "" : "   first: " + c.first()));
    }

    static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", n / 1e3);
        }
        return String.format(Locale.ROOT, "%.1f MB", n / 1e6);
    }

    /** Files and bytes uploaded so far, on one terminal line. */
    private static final class PublishProgress implements Publication.Listener {

        private final PrintWriter err;
        private long last;

        PublishProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void uploaded(String key, long doneBytes, long totalBytes, int doneFiles, int totalFiles) {
            long now = System.nanoTime();
            if (now - last < 100_000_000L && doneFiles < totalFiles) {
                return;
            }
            last = now;
            err.print(String.format(Locale.ROOT, "\rPublishing %d/%d files, %s of %s", doneFiles, totalFiles,
                    bytes(doneBytes), bytes(totalBytes)));
            err.flush();
        }
    }
}
