package io.kontext.render;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Project;
import io.kontext.load.TextFiles;
import io.kontext.model.Block;
import io.kontext.model.Language;
import io.kontext.model.Site;
import io.kontext.render.visual.LocatorMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The render stage: every page of the site in every language, plus the assets, sitemap, robots
 * file, data downloads and update feeds, in memory. Problems are reported; nothing is written here.
 */
public final class SiteRenderer {

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
        Map<String, List<LocatorMap.Country>> geo = new ConcurrentHashMap<>();
        Map<String, LanguageViews> views = new LinkedHashMap<>();
        for (Language l : site.config().languages()) {
            Formats formats = new Formats(l, messages);
            TextRenderer text = new TextRenderer(site, l, formats, messages, markdown, diagnostics);
            DataViews data = new DataViews(site, l, formats, messages, text);
            VisualViews visuals = new VisualViews(site, l, formats, messages, text, data, geo, diagnostics);
            text.blocks((kind, id) -> visual(templates, site, l, visuals, kind, id));
            views.put(l.code(), new LanguageViews(l, formats, text, data, visuals));
        }

        Assets assets = Assets.collect(project, diagnostics);
        if (!assets.has(Pages.STYLESHEET) || !assets.has(Pages.SCRIPT) || !assets.has(Embeds.LOADER)
                || !assets.has(Embeds.CHILD)) {
            diagnostics.error(Position.ofFile("templates/assets"), "assets", "the templates' assets are incomplete",
                    "templates/assets/ needs kontext.css, kontext.js, embed.js and embed-loader.js");
            return List.of();
        }
        Embeds embeds = new Embeds(site, messages, assets);
        Pages pages = new Pages(site, messages, views, assets, embeds);
        Map<String, OutputFile> out = new TreeMap<>();
        Language first = site.config().defaultLanguage();
        for (LanguageViews v : views.values()) {
            Map<String, Object> explainer = pages.explainer(v);
            explainer.put("pendingBlocks", pendingBlocks(site, v.language()));
            explainer.put("originalLang", first.code());
            render(templates, "explainer", v.language(), explainer, v.code() + "/index.html", out);
            render(templates, "parallel", v.language(), pages.parallel(v), v.code() + "/" + Pages.PARALLEL + "index.html",
                    out);
            render(templates, "embeds", v.language(), pages.embedsPage(v), v.code() + "/" + Pages.EMBEDS + "index.html",
                    out);
            for (Embeds.Embed e : embeds.of(v)) {
                render(templates, "embed", v.language(), pages.embed(v, e), e.path() + "index.html", out);
                put(out, new OutputFile(e.path() + "oembed.json", bytes(embeds.oembed(e, v.language())),
                        "templates/embed.html"));
            }
        }
        render(templates, "chooser", first, pages.chooser(), "index.html", out);
        render(templates, "404", first, pages.notFound(), "404.html", out);

        Head head = new Head(site);
        put(out, new OutputFile("sitemap.xml", bytes(Sitemap.xml(site, head, List.of("", Pages.PARALLEL, Pages.EMBEDS))),
                "site/site.yaml"));
        put(out, new OutputFile("robots.txt", bytes("User-agent: *\nAllow: /\n\nSitemap: " + head.base()
                + "sitemap.xml\n"), "site/site.yaml"));
        new DataDownloads(site, messages, markdown).files().forEach(f -> put(out, f));
        new Feeds(site, messages, markdown).files().forEach(f -> put(out, f));
        SocialCards.render(project, site, messages, views, diagnostics).forEach(f -> put(out, f));
        assets.files().forEach(f -> put(out, f));
        return List.copyOf(out.values());
    }

    private void render(Templates templates, String template, Language l, Map<String, Object> vars, String path,
            Map<String, OutputFile> out) {
        templates.render(template, l.locale(), vars).ifPresent(html ->
                put(out, new OutputFile(path, bytes(html), "templates/" + template + ".html")));
    }

    /** The HTML of a chart or map placed in text, from the {@code parts/visuals} fragments. */
    private String visual(Templates templates, Site site, Language l, VisualViews visuals, String kind, String id) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("lang", l.code());
        if (kind.equals("chart")) {
            var chart = site.charts().stream().filter(c -> c.id().equals(id)).findFirst();
            if (chart.isEmpty()) {
                return "";
            }
            vars.put("chart", visuals.chart(chart.get()));
        } else {
            var map = site.maps().stream().filter(m -> m.id().equals(id)).findFirst();
            if (map.isEmpty()) {
                return "";
            }
            vars.put("map", visuals.map(map.get()));
        }
        return templates.renderFragment("parts/visuals", kind, l.locale(), vars).orElse("");
    }

    /** The blocks of a translation still pending: the original's own block stands in for each. */
    private static Set<String> pendingBlocks(Site site, Language l) {
        Map<String, Block> original = new LinkedHashMap<>();
        site.article().blocks().get(site.article().originalLanguage()).forEach(b -> original.put(b.id(), b));
        Set<String> out = new LinkedHashSet<>();
        if (!l.code().equals(site.article().originalLanguage())) {
            site.article().blocks().getOrDefault(l.code(), List.of()).stream()
                    .filter(b -> b.equals(original.get(b.id()))).forEach(b -> out.add(b.id()));
        }
        return out;
    }

    private void put(Map<String, OutputFile> out, OutputFile file) {
        out.put(file.path(), file);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
