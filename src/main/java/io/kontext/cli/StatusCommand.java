package io.kontext.cli;

import io.kontext.pipeline.Pipeline;
import io.kontext.diag.Diagnostics;
import io.kontext.load.Project;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show where the project stands, per language: article blocks translated, pending and stale; "
                + "events, figures and glossary terms without a language; sources not cited or not listed. Exits with 1 "
                + "when anything would fail a build without --lenient.")
final class StatusCommand implements Callable<Integer> {

    @Option(names = "--project", paramLabel = "DIR", description = "The project folder (default: the current folder).")
    Path project = Path.of("");

    @Option(names = "--json", description = "Print the status as JSON instead of a table.")
    boolean json;

    @Option(names = "--verbose", description = "Print a stack trace when Kontext itself fails.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // the same checks as a build, nothing written; the status counts what they report
        Diagnostics diagnostics = new Diagnostics();
        Pipeline.Result result = new Pipeline().run(Pipeline.Options.of(project, Pipeline.Target.none()), diagnostics);
        ProjectStatus status = ProjectStatus.of(new Project(project).root().toString(), result.inventory(), diagnostics);
        spec.commandLine().getOut().print(json ? status.json() : status.table());
        spec.commandLine().getOut().flush();
        return status.strictPasses() ? ExitCode.OK : ExitCode.CONTENT;
    }
}
