package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import io.kontext.model.Language;
import io.kontext.model.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How much a project holds, counted from its files as written, even when they have errors (which
 * the build reports; this counts quietly): the languages, the article's blocks and the items of
 * each data file. What {@code kontext status} puts the build's diagnostics against.
 *
 * @param languages the codes in {@code site.yaml}, the original's first; empty when it cannot be read
 * @param blocks the blocks of the original article, after the lines to drop
 */
public record Inventory(List<String> languages, int blocks, int events, int figures, int terms, int sources) {

    public static Inventory of(Project project) {
        Diagnostics quiet = new Diagnostics();
        TextFiles files = new TextFiles(project, quiet);
        Optional<SiteConfig> config = read(files, project.site().resolve("site.yaml"))
                .flatMap(t -> new SiteConfigLoader(quiet, new References(quiet)).load(t, Optional.empty()));
        List<String> languages = config.map(c -> c.languages().stream().map(Language::code).toList()).orElse(List.of());
        int blocks = config.filter(c -> c.seedFile() != null)
                .flatMap(c -> read(files, project.root().resolve(c.seedFile()))
                        .map(seed -> new SeedParser(quiet).parse(seed, c.drop()).size()))
                .orElse(0);
        Path data = project.site().resolve("data");
        return new Inventory(languages, blocks, count(files, data.resolve("timeline.yaml"), "events"),
                count(files, data.resolve("figures.yaml"), "figures"), count(files, data.resolve("glossary.yaml"), "terms"),
                count(files, data.resolve("sources.yaml"), "sources"));
    }

    private static Optional<SourceText> read(TextFiles files, Path file) {
        return Files.isRegularFile(file) ? files.readExisting(file) : Optional.empty();
    }

    /** The number of items in the list under {@code key}. */
    private static int count(TextFiles files, Path file, String key) {
        Diagnostics quiet = new Diagnostics();
        return read(files, file).flatMap(t -> new YamlReader(quiet).read(t, t.text(), 0))
                .filter(n -> n instanceof YamlNode.Mapping)
                .map(n -> ((YamlNode.Mapping) n).entries().get(key))
                .filter(n -> n instanceof YamlNode.Sequence)
                .map(n -> ((YamlNode.Sequence) n).items().size())
                .orElse(0);
    }
}
