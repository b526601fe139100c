package io.kontext.create;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import io.kontext.load.Project;
import io.kontext.load.SeedParser;
import io.kontext.load.TextFiles;
import io.kontext.model.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Makes a new project from an article: the folder must not exist or be empty (the caller checks,
 * it is a matter of the command line). Problems of the article (unreadable, not UTF-8, empty) are
 * reported as diagnostics at the article's line, exactly as a build would report them, and nothing
 * is written.
 */
public final class NewProject {

    /** What was made: the number of article blocks, the lines to drop, the bundles copied from English. */
    public record Created(Path root, int blocks, List<String> drop, List<String> copiedBundles) {
    }

    private final Clock clock;
    private final Diagnostics diagnostics;

    /** @param clock gives the day the project starts ({@code published}, {@code updated}) */
    public NewProject(Clock clock, Diagnostics diagnostics) {
        this.clock = clock;
        this.diagnostics = diagnostics;
    }

    public Optional<Created> create(Path dir, Path article, List<NewLanguage> languages) {
        Optional<SourceText> text = read(article);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        List<Leftovers.Suspect> suspects = Leftovers.find(text.get());
        List<String> drop = suspects.stream().map(Leftovers.Suspect::text).distinct().toList();
        List<Block> blocks = new SeedParser(diagnostics).parse(text.get(), drop);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Path root = dir.toAbsolutePath().normalize();
        String seedName = article.getFileName().toString();
        String name = root.getFileName() == null ? "explainer" : root.getFileName().toString();
        ProjectFiles files = new ProjectFiles(languages, blocks, "seeds/" + seedName, LocalDate.now(clock));
        List<String> copied = new ArrayList<>();
        try {
            Files.createDirectories(root.resolve("seeds"));
            Files.copy(article, root.resolve("seeds").resolve(seedName));
            write(root, "site/site.yaml", files.siteYaml(name, suspects));
            for (NewLanguage l : languages.subList(1, languages.size())) {
                write(root, "site/article/" + l.code() + ".yaml", files.translation(l));
            }
            write(root, "site/data/timeline.yaml", files.timeline());
            write(root, "site/data/figures.yaml", files.figures());
            write(root, "site/data/sources.yaml", files.sources());
            write(root, "site/data/glossary.yaml", files.glossary());
            write(root, "site/data/corrections.yaml", files.corrections());
            for (NewLanguage l : languages) {
                write(root, "site/content/" + l.code() + "/summary.md", files.summary(l));
            }
            DefaultTemplates.copy(root.resolve("templates"));
            for (NewLanguage l : languages) {
                String bundle = "i18n/messages_" + l.code() + ".properties";
                if (!DefaultTemplates.has(bundle)) {
                    write(root, "templates/" + bundle, "# Copied from messages_en.properties by 'kontext new': translate "
                            + "every value into " + l.name() + ".\n"
                            + new String(DefaultTemplates.read("i18n/messages_en.properties"), StandardCharsets.UTF_8));
                    copied.add("templates/" + bundle);
                }
            }
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(root.toString()), "write", "cannot write the project: "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), "check the folder's permissions and space");
            return Optional.empty();
        }
        return Optional.of(new Created(root, blocks.size(), drop, List.copyOf(copied)));
    }

    /** Reads the article as a build reads a seed: strictly UTF-8, the first bad byte reported at its line. */
    private Optional<SourceText> read(Path article) {
        if (!Files.exists(article)) {
            diagnostics.error(Position.ofFile(article.toString()), "missing-file", "file not found: " + article,
                    "name the article, a plain UTF-8 text file, with --seed");
            return Optional.empty();
        }
        try {
            Path real = article.toRealPath();
            Path folder = real.getParent();
            return new TextFiles(new Project(folder), diagnostics).readExisting(real);
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(article.toString()), "unreadable", "cannot read " + article + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), "check the file's permissions");
            return Optional.empty();
        }
    }

    private static void write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
