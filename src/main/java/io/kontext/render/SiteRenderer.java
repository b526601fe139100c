package io.kontext.render;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Project;
import io.kontext.load.TextFiles;
import io.kontext.model.Language;
import io.kontext.model.Section;
import io.kontext.model.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The render stage: every page of the site in every language, plus the assets, sitemap and
 * robots file, in memory. Problems are reported; nothing is written here.
 */
public final class SiteRenderer {

    static final String STYLESHEET = "assets/kontext.css";
    static final String SCRIPT = "assets/kontext.js";

    private final Project project;
    private final Diagnostics diagnostics;

    public SiteRenderer(Project project, Diagnostics diagnostics) {
        this.project = project;
        this.diagnostics = diagnostics;
    }

    public List<OutputFile> render(Site site) {
        TextFiles files = new TextFiles(project, diagnostics);
        Optional<Messages> maybeMessages = Messages.load(project.templates().resolve("i18n"), site.config().languages(),
                files, diagnostics);
        if (maybeMessages.isEmpty() || diagnostics.hasErrors()) {
            return List.of();
        }
        Messages messages = maybeMessages.get();
        Templates templates = new Templates(project, messages, diagnostics);
        Markdown markdown = new Markdown();
        Head head = new Head(site);
        Map<String, OutputFile> out = new TreeMap<>();

        for (Language l : site.config().languages()) {
            Formats formats = new Formats(l, messages);
            TextRenderer text = new TextRenderer(site, l, formats, messages, markdown, diagnostics);
            DataViews data = new DataViews(site, l, formats, messages, text);
            Map<String, Object> vars = common(site, l, messages, head, formats, "../");
            Map<String, String> correctionTexts = new LinkedHashMap<>();
            site.corrections().forEach(c -> {
                var note = Jsoup.parseBodyFragment(data.note(c).html());
                note.select("sup.cite").remove();
                correctionTexts.put(c.id(), note.text().strip());
            });
            Views.Page page = page(site, l, head, head.explainerUrl(l), "../", messages,
                    head.jsonLd(l, messages, correctionTexts));
            vars.put("page", page);
            vars.put("sections", sections(site, l, messages, text, data));
            vars.put("figures", data.figures());
            vars.put("timeline", data.timeline());
            vars.put("categories", data.categories());
            vars.put("article", data.article());
            vars.put("articleIsOriginal", l == site.config().defaultLanguage());
            vars.put("originalLanguage", site.config().defaultLanguage().name());
            vars.put("corrections", data.corrections());
            vars.put("terms", data.terms());
            vars.put("sources", data.sources());
            templates.render("explainer", l.locale(), vars).ifPresent(html ->
                    put(out, new OutputFile(l.code() + "/index.html", bytes(html), "templates/explainer.html")));
        }

        Language first = site.config().defaultLanguage();
        Map<String, Object> chooser = common(site, first, messages, head, new Formats(first, messages), "");
        chooser.put("page", page(site, first, head, head.base(), "", messages, null));
        chooser.put("choices", choices(site, messages));
        templates.render("chooser", first.locale(), chooser).ifPresent(html ->
                put(out, new OutputFile("index.html", bytes(html), "templates/chooser.html")));

        String basePath = site.config().baseUrl().getRawPath();
        Map<String, Object> notFound = common(site, first, messages, head, new Formats(first, messages), basePath);
        notFound.put("page", page(site, first, head, null, basePath, messages, null));
        notFound.put("choices", choices(site, messages));
        templates.render("404", first.locale(), notFound).ifPresent(html ->
                put(out, new OutputFile("404.html", bytes(html), "templates/404.html")));

        put(out, new OutputFile("sitemap.xml", bytes(Sitemap.xml(site, head)), "site/site.yaml"));
        put(out, new OutputFile("robots.txt", bytes("User-agent: *\nAllow: /\n\nSitemap: " + head.base()
                + "sitemap.xml\n"), "site/site.yaml"));
        assets(project.templates().resolve("assets"), files, out);
        assets(project.site().resolve("assets"), files, out);
        return List.copyOf(out.values());
    }

    private Map<String, Object> common(Site site, Language l, Messages messages, Head head, Formats formats,
            String root) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("lang", l.code());
        var c = site.config();
        vars.put("meta", new Views.Meta(c.publisher().name(), c.publisher().url(), formats.date(c.published()),
                c.published().toString(), formats.date(c.updated()), c.updated().toString(),
                !c.updated().equals(c.published())));
        return vars;
    }

    private Views.Page page(Site site, Language l, Head head, String canonical, String root, Messages messages,
            String jsonLd) {
        List<Views.LanguageLink> languages = new ArrayList<>();
        for (Language other : site.config().languages()) {
            languages.add(new Views.LanguageLink(other.code(), other.name(), root + other.code() + "/", other == l,
                    site.config().title().get(other.code())));
        }
        return new Views.Page(l.code(), l.direction(), site.config().title().get(l.code()),
                site.config().description().get(l.code()), canonical, canonical == null ? List.of() : head.alternates(),
                root, root + "assets/", languages, Head.ogLocale(l), head.ogAlternates(l), jsonLd, root + STYLESHEET,
                root + SCRIPT);
    }

    private List<Views.LanguageLink> choices(Site site, Messages messages) {
        List<Views.LanguageLink> out = new ArrayList<>();
        for (Language l : site.config().languages()) {
            out.add(new Views.LanguageLink(l.code(), l.name(), l.code() + "/", false,
                    site.config().title().get(l.code())));
        }
        return out;
    }

    private List<Views.Section> sections(Site site, Language l, Messages messages, TextRenderer text, DataViews data) {
        Map<String, Section> byId = new LinkedHashMap<>();
        site.sections().forEach(s -> byId.put(s.id(), s));
        List<Views.Section> out = new ArrayList<>();
        for (String id : site.config().sections()) {
            Section s = byId.get(id);
            if (s == null) {
                out.add(new Views.Section(id, id, messages.get(l.code(), "section." + id), "", List.of()));
                continue;
            }
            Section.Text t = s.texts().get(l.code());
            int offset = t.file().text().length() - t.body().length();
            String html = text.html(t.body(), o -> t.file().positionOf(offset + o), id);
            out.add(new Views.Section(id, "text", text.text(t.title(), t.file().at(2, 1)), html,
                    data.cites(t.sources())));
        }
        return out;
    }

    private void assets(Path dir, TextFiles files, Map<String, OutputFile> out) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.endsWith("~") || name.equals("Thumbs.db")) {
                    continue;
                }
                String rel = "assets/" + dir.relativize(p).toString().replace('\\', '/');
                if (out.containsKey(rel)) {
                    diagnostics.error(Position.ofFile(project.relative(p)), "output-collision",
                            project.relative(p) + " would overwrite " + out.get(rel).origin() + " at /" + rel,
                            "rename one of the two files");
                    continue;
                }
                Path real = p.toRealPath();
                if (!real.startsWith(project.root().toRealPath())) {
                    diagnostics.error(Position.ofFile(project.relative(p)), "outside-project",
                            project.relative(p) + " leads outside the project", "copy the file into the project");
                    continue;
                }
                out.put(rel, new OutputFile(rel, Files.readAllBytes(real), project.relative(p)));
            }
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(project.relative(dir)), "unreadable",
                    "cannot read " + project.relative(dir) + ": " + e.getMessage(), null);
        }
    }

    private void put(Map<String, OutputFile> out, OutputFile file) {
        out.put(file.path(), file);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Locale locale(Language l) {
        return l.locale();
    }
}
