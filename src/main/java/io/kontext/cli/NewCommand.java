package io.kontext.cli;

import io.kontext.create.NewLanguage;
import io.kontext.create.NewProject;
import io.kontext.diag.Diagnostics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a new explainer: a complete project in DIR, made from the article, that builds with "
                + "--lenient until the translations are done.")
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The new project's folder; it must not exist or be empty.")
    Path dir;

    @Option(names = "--seed", required = true, paramLabel = "ARTICLE",
            description = "The article: a plain UTF-8 text file, headline first. It is copied byte for byte to seeds/.")
    Path seed;

    @Option(names = "--languages", split = ",", paramLabel = "CODES", defaultValue = "sv,en",
            description = "The article's language, then the translations (default: ${DEFAULT-VALUE}).")
    List<String> languages = new ArrayList<>();

    @Option(names = "--verbose", description = "Print a stack trace when Kontext itself fails.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** Gives the day the project starts; tests replace it. */
    Clock clock = Clock.system(ZoneId.of("Europe/Stockholm"));

    @Override
    public Integer call() {
        NewLanguage.problem(languages).ifPresent(p -> {
            throw new ParameterException(spec.commandLine(), "--languages: " + p);
        });
        if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
            throw new ParameterException(spec.commandLine(), dir + " is " + (Files.isDirectory(dir) ? "not empty" : "a file")
                    + ": kontext new makes a project in a new or empty folder, and never writes over files");
        }
        Diagnostics diagnostics = new Diagnostics();
        Optional<NewProject.Created> created = new NewProject(clock, diagnostics).create(dir, seed,
                NewLanguage.of(languages));
        new DiagnosticPrinter(spec.commandLine().getErr()).print(diagnostics);
        if (created.isEmpty()) {
            return ExitCode.CONTENT;
        }
        report(created.get(), spec.commandLine().getOut());
        return ExitCode.OK;
    }

    private void report(NewProject.Created c, PrintWriter out) {
        String project = dir.toString();
        out.println("Created " + project + " from " + seed.getFileName() + ": " + c.blocks() + " article blocks"
                + (c.drop().isEmpty() ? "." : ", " + c.drop().size() + " lines left out as scrape leftovers for you to "
                        + "confirm (article.drop in site/site.yaml)."));
        c.copiedBundles().forEach(b -> out.println(b + " is a copy of the English messages: translate it."));
        out.println();
        out.println("Next:");
        out.println("  1. Check every line marked CHECK in " + project + "/site/site.yaml: title, description, address,");
        out.println("     publisher, dates and the lines to drop.");
        List<String> translations = languages.subList(1, languages.size()).stream()
                .map(l -> project + "/site/article/" + l + ".yaml").toList();
        out.println("  2. Translate the article block by block in " + String.join(", ", translations) + ",");
        out.println("     removing 'status: pending' from each block you translate.");
        out.println("  3. Write the summary (site/content/*/summary.md) and fill site/data/: timeline, figures, sources.");
        out.println("  4. See a draft: kontext build --project " + project + " --lenient");
        out.println("  5. See what is left: kontext status --project " + project + "; publish when 'kontext build' passes.");
        out.flush();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
