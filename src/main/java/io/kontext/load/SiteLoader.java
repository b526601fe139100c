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
import io.kontext.layout.Layout;
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
 * The load stage: reads and checks everything a build reads — {@code site.yaml}, the seed and its
 * translations, the data, the Markdown (converted here), the templates, the message bundles, the
 * assets and the fonts — and hands it on as {@link Inputs}, or nothing when there were errors
 * (every one reported, each at its position). Reads nothing outside the project.
 */
public final class SiteLoader {

    /** The UI strings Kontext's own code asks for, beside those the templates ask for. */
    static final List<String> CODE_KEYS = List.of("card.kicker", "card.alt", "card.altTitle", "cite.label",
            "embed.category", "embed.credit", "embed.figures", "embed.summary.events", "embed.summary.figure",
            "embed.timeline", "embeds.title", "feed.correction", "feed.published", "feed.title", "feed.updated",
            "figure.approximately", "format.date.day", "format.date.month", "parallel.title", "timeline.axisDescription",
            "timeline.axisTitle", "date.season.spring", "date.season.summer", "date.season.autumn",
            "date.season.winter", "status.confirmed", "status.reported", "status.claimed", "correction.type.correction",
            "correction.type.clarification");

    private final Diagnostics diagnostics;

    public SiteLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * @param baseUrl replaces {@code baseUrl} of {@code site.yaml} when present
     */
    public Loaded load(Project project, Optional<String> baseUrl) {
        return load(project, baseUrl, Optional.empty());
    }

    /** @param origin when present, replaces the scheme, host and port of the base URL (the preview server's) */
    public Loaded load(Project project, Optional<String> baseUrl, Optional<String> origin) {
        TextFiles files = new TextFiles(project, diagnostics);
        Optional<SourceText> configText = files.read(project.siteYaml(), null,
                "a Kontext project has site/site.yaml; is --project pointing at the right folder?");
        if (configText.isEmpty()) {
            return new Loaded(Optional.empty(), Inventory.EMPTY);
        }
        References refs = new References(diagnostics);
        Optional<SiteConfig> maybeConfig = new SiteConfigLoader(diagnostics, refs).load(configText.get(), baseUrl, origin);
        if (maybeConfig.isEmpty()) {
            return new Loaded(Optional.empty(), Inventory.EMPTY);
        }
        SiteConfig config = maybeConfig.get();
        List<Language> languages = config.languages();
        Layout layout = new Layout(config.baseUrl());
        MarkdownConverter markdown = new MarkdownConverter(diagnostics);

        Article article = article(project, files, config);

        DataLoader loader = new DataLoader(diagnostics, languages,
                config.categories().stream().map(SiteConfig.Category::id).toList(), refs, markdown);
        List<Source> sources = dataFile(files, project.data("sources.yaml"), refs, "source").map(loader::sources)
                .orElse(List.of());
        List<Event> events = new ArrayList<>(dataFile(files, project.data("timeline.yaml"), refs, "event")
                .map(loader::events).orElse(List.of()));
        events.sort(Comparator.comparing(Event::date).thenComparing(Event::id));
        List<Figure> figures = dataFile(files, project.data("figures.yaml"), refs, "figure").map(loader::figures)
                .orElse(List.of());
        List<Term> terms = new ArrayList<>(dataFile(files, project.data("glossary.yaml"), refs, "term")
                .map(loader::terms).orElse(List.of()));
        String first = config.original().code();
        terms.sort(Comparator.comparing((Term t) -> t.words().get(first).term(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Term::id));
        List<Correction> corrections = dataFile(files, project.data("corrections.yaml"), refs, "correction")
                .map(loader::corrections).orElse(List.of());

        VisualsLoader visuals = new VisualsLoader(diagnostics, languages, refs);
        List<Chart> charts = optionalDataFile(files, project.data("charts.yaml")).map(visuals::charts).orElse(List.of());
        List<MapSpec> maps = optionalDataFile(files, project.data("maps.yaml"))
                .map(t -> visuals.maps(t, files, project.site())).orElse(List.of());

        List<Section> sections = sections(project, files, config, refs, markdown);
        List<io.kontext.model.Page> pages = new PageLoader(diagnostics, refs, markdown, layout).load(project, files,
                languages);
        if (!pages.isEmpty() && !config.sections().contains("pages")) {
            diagnostics.warning(Position.ofFile("site/site.yaml"), "unlisted-pages", "site/pages/ holds "
                    + pages.size() + " pages, but 'sections' of site.yaml does not list 'pages'",
                    "add 'pages' to 'sections' where the list of pages should appear on the explainer");
        }
        refs.check(sources);

        // what the pages are rendered with
        Optional<Messages> messages = Messages.load(project, languages, files, diagnostics);
        TemplateFiles templates = TemplateFiles.read(project, files, diagnostics);
        messages.ifPresent(m -> m.require(askedFor(templates, config), diagnostics));
        Assets assets = Assets.read(project, layout, diagnostics);
        Optional<Fonts> fonts = Fonts.read(project, diagnostics);

        Inventory inventory = new Inventory(languages.stream().map(Language::code).toList(),
                article == null ? 0 : article.blocks().get(first).size(), loader.count("event"),
                loader.count("figure"), loader.count("term"), loader.count("source"));
        if (diagnostics.hasErrors() || article == null || messages.isEmpty() || fonts.isEmpty()) {
            return new Loaded(Optional.empty(), inventory);
        }
        Site site = new Site(config, article, List.copyOf(events), figures, sources, List.copyOf(terms), corrections,
                sections, charts, maps, pages);
        checkChartFigures(site);
        refs.checkCorrections(site);
        if (diagnostics.hasErrors()) {
            return new Loaded(Optional.empty(), inventory);
        }
        return new Loaded(Optional.of(new Inputs(project, site, layout, messages.get(), templates, assets,
                fonts.get())), inventory);
    }

    /** The message keys a build asks for: the templates', and those of Kontext's code, at site.yaml. */
    private static Map<String, Position> askedFor(TemplateFiles templates, SiteConfig config) {
        Map<String, Position> keys = new LinkedHashMap<>(templates.messageKeys());
        Position code = Position.ofFile("site/site.yaml");
        CODE_KEYS.forEach(k -> keys.putIfAbsent(k, code));
        for (String section : config.sections()) {
            if (SiteConfigLoader.BUILT_IN_SECTIONS.contains(section)) {
                keys.putIfAbsent("section." + section, config.sectionPositions().getOrDefault(section, code));
            }
        }
        return keys;
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
        if (!seed.startsWith(project.seeds())) {
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
        String originalLanguage = config.original().code();
        blocks.put(originalLanguage, original);
        for (Language l : config.translations()) {
            Path file = project.translation(l.code());
            files.read(file, null, "translate the article into '" + l.code() + "' block by block; see README.md")
                    .ifPresent(text -> blocks.put(l.code(), new TranslationLoader(diagnostics).load(text, original,
                            l.code())));
        }
        return new Article(originalLanguage, blocks, config.articlePublished(), project.relative(seed));
    }

    private List<Section> sections(Project project, TextFiles files, SiteConfig config, References refs,
            MarkdownConverter markdown) {
        List<Section> out = new ArrayList<>();
        for (String name : config.sections()) {
            if (SiteConfigLoader.BUILT_IN_SECTIONS.contains(name)) {
                continue;
            }
            Map<String, Section.Text> texts = new LinkedHashMap<>();
            for (Language l : config.languages()) {
                Path file = project.content(l.code()).resolve(name + ".md");
                if (!Files.exists(file)) {
                    diagnostics.error(config.sectionPositions().get(name), "parity",
                            "section '" + name + "' has no '" + l.code() + "' text: " + project.relative(file)
                                    + " does not exist",
                            "write the section in every language, or remove it from 'sections'",
                            new io.kontext.diag.Diagnostic.Subject("section", l.code(), name));
                    continue;
                }
                files.readExisting(file).flatMap(t -> new SectionLoader(diagnostics, refs, markdown).load(t, name))
                        .ifPresent(t -> texts.put(l.code(), t));
            }
            out.add(new Section(name, texts));
        }
        for (Language l : config.languages()) {
            Path dir = project.content(l.code());
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
