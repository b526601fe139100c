package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import io.kontext.model.Article;
import io.kontext.model.Block;
import io.kontext.model.Chart;
import io.kontext.model.MapSpec;
import io.kontext.model.Correction;
import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.Section;
import io.kontext.model.Site;
import io.kontext.model.SiteConfig;
import io.kontext.model.Source;
import io.kontext.model.Term;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The load stage: reads and checks every source of the project and returns the {@link Site}, or
 * nothing when there were errors (all of them reported). Reads nothing outside the project.
 */
public final class SiteLoader {

    private final Diagnostics diagnostics;

    public SiteLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param baseUrl replaces {@code baseUrl} of {@code site.yaml} when present
     */
    public Optional<Site> load(Project project, Optional<String> baseUrl) {
        TextFiles files = new TextFiles(project, diagnostics);
        Path siteYaml = project.site().resolve("site.yaml");
        Optional<SourceText> configText = files.read(siteYaml, null,
                "a Kontext project has site/site.yaml; is --project pointing at the right folder?");
        if (configText.isEmpty()) {
            return Optional.empty();
        }
        References refs = new References(diagnostics);
        Optional<SiteConfig> maybeConfig = new SiteConfigLoader(diagnostics, refs).load(configText.get(), baseUrl);
        if (maybeConfig.isEmpty()) {
            return Optional.empty();
        }
        SiteConfig config = maybeConfig.get();
        List<Language> languages = config.languages();

        Article article = article(project, files, config);

        Path data = project.site().resolve("data");
        DataLoader loader = new DataLoader(diagnostics, languages,
                config.categories().stream().map(SiteConfig.Category::id).toList(), refs);
        List<Source> sources = dataFile(files, data.resolve("sources.yaml"), refs, "source").map(loader::sources)
                .orElse(List.of());
        List<Event> events = new ArrayList<>(dataFile(files, data.resolve("timeline.yaml"), refs, "event")
                .map(loader::events).orElse(List.of()));
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
        List<Figure> figures = dataFile(files, data.resolve("figures.yaml"), refs, "figure").map(loader::figures)
                .orElse(List.of());
        List<Term> terms = new ArrayList<>(dataFile(files, data.resolve("glossary.yaml"), refs, "term")
                .map(loader::terms).orElse(List.of()));
        String first = languages.get(0).code();
        terms.sort(Comparator.comparing((Term t) -> t.words().get(first).term(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Term::id));
        List<Correction> corrections = dataFile(files, data.resolve("corrections.yaml"), refs, "correction")
                .map(loader::corrections).orElse(List.of());

        VisualsLoader visuals = new VisualsLoader(diagnostics, languages, refs);
        List<Chart> charts = optionalDataFile(files, data.resolve("charts.yaml")).map(visuals::charts).orElse(List.of());
        List<MapSpec> maps = optionalDataFile(files, data.resolve("maps.yaml"))
                .map(t -> visuals.maps(t, files, project.site())).orElse(List.of());

        List<Section> sections = sections(project, files, config, refs);
        List<io.kontext.model.Page> pages = new PageLoader(diagnostics, refs).load(project, files, languages);
        if (!pages.isEmpty() && !config.sections().contains("pages")) {
            diagnostics.warning(Position.ofFile("site/site.yaml"), "unlisted-pages", "site/pages/ holds "
                    + pages.size() + " pages, but 'sections' of site.yaml does not list 'pages'",
                    "add 'pages' to 'sections' where the list of pages should appear on the explainer");
        }
        refs.check(sources);
        if (diagnostics.hasErrors() || article == null) {
            return Optional.empty();
        }
        Site site = new Site(config, article, List.copyOf(events), figures, sources, List.copyOf(terms), corrections,
                sections, charts, maps, pages);
        checkChartFigures(site);
        refs.checkCorrections(site);
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(site);
    }

    /** Charts and maps are optional: a project without them has no such file. */
    private Optional<SourceText> optionalDataFile(TextFiles files, Path path) {
        return Files.exists(path) ? files.readExisting(path) : Optional.empty();
    }

    /** A bar takes the value of a single-number figure; a range or parts cannot be a bar. */
    private void checkChartFigures(Site site) {
        for (Chart chart : site.charts()) {
            for (Chart.Bar bar : chart.bars()) {
                if (bar.figure() == null) {
                    continue;
                }
                site.figures().stream().filter(f -> f.id().equals(bar.figure())).findFirst()
                        .filter(f -> f.shape() != Figure.Shape.SINGLE)
                        .ifPresent(f -> diagnostics.error(bar.position(), "chart-bar", "figure '" + f.id()
                                + "' is a range or parts, so it cannot be a bar", "use a figure with a single value"));
            }
        }
    }

    /** A data file that must exist; when it cannot be read, references to its kind are not checked. */
    private Optional<SourceText> dataFile(TextFiles files, Path path, References refs, String kind) {
        Optional<SourceText> text = files.read(path, null, "create it; see README.md for its format");
        if (text.isEmpty()) {
            refs.incomplete(kind);
        }
        return text;
    }

    private Article article(Project project, TextFiles files, SiteConfig config) {
        if (config.seedFile() == null) {
            return null;
        }
        Path seed = project.root().resolve(config.seedFile()).normalize();
        Position seedAt = config.seedPosition();
        if (!seed.startsWith(project.root().resolve("seeds"))) {
            diagnostics.error(seedAt, "seed", "the article must be a file under seeds/, not '" + config.seedFile() + "'",
                    "put the article in seeds/ and name it in 'article.seed'");
            return null;
        }
        Optional<SourceText> seedText = files.read(seed, seedAt, "check 'article.seed' in site/site.yaml");
        if (seedText.isEmpty()) {
            return null;
        }
        List<Block> original = new SeedParser(diagnostics).parse(seedText.get(), config.drop());
        Map<String, List<Block>> blocks = new LinkedHashMap<>();
        String originalLanguage = config.defaultLanguage().code();
        blocks.put(originalLanguage, original);
        for (Language l : config.languages().subList(1, config.languages().size())) {
            Path file = project.site().resolve("article").resolve(l.code() + ".yaml");
            files.read(file, null, "translate the article into '" + l.code() + "' block by block; see README.md")
                    .ifPresent(text -> blocks.put(l.code(), new TranslationLoader(diagnostics).load(text, original,
                            l.code())));
        }
        return new Article(originalLanguage, blocks, config.articlePublished(), project.relative(seed));
    }

    private List<Section> sections(Project project, TextFiles files, SiteConfig config, References refs) {
        List<Section> out = new ArrayList<>();
        for (String name : config.sections()) {
            if (SiteConfigLoader.BUILT_IN_SECTIONS.contains(name)) {
                continue;
            }
            Map<String, Section.Text> texts = new LinkedHashMap<>();
            for (Language l : config.languages()) {
                Path file = project.site().resolve("content").resolve(l.code()).resolve(name + ".md");
                if (!Files.exists(file)) {
                    diagnostics.error(config.sectionPositions().get(name), "parity",
                            "section '" + name + "' has no '" + l.code() + "' text: " + project.relative(file)
                                    + " does not exist",
                            "write the section in every language, or remove it from 'sections'");
                    continue;
                }
                files.readExisting(file).flatMap(new SectionLoader(diagnostics, refs)::load)
                        .ifPresent(t -> texts.put(l.code(), t));
            }
            out.add(new Section(name, texts));
        }
        for (Language l : config.languages()) {
            Path dir = project.site().resolve("content").resolve(l.code());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> list = Files.list(dir)) {
                // editor droppings (.#x.md, x.md~, hidden files) are not sections
                list.filter(p -> p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(p -> {
                    String name = p.getFileName().toString().replaceFirst("\\.md$", "");
                    if (!config.sections().contains(name)) {
                        diagnostics.warning(Position.ofFile(project.relative(p)), "unlisted-section",
                                "section file " + project.relative(p) + " is not listed in 'sections' of site.yaml",
                                "add '" + name + "' to 'sections' where it should appear, or delete the file");
                    }
                });
            } catch (IOException e) {
                diagnostics.error(Position.ofFile(project.relative(dir)), "unreadable", "cannot list "
                        + project.relative(dir) + ": " + e.getMessage(), null);
            }
        }
        return out;
    }
}
