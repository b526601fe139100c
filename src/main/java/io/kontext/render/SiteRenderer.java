package io.kontext.render;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Project;
import io.kontext.load.TextFiles;
import io.kontext.model.Block;
import io.kontext.model.Language;
import io.kontext.model.Site;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * The render stage: every page of the site in every language, plus the assets, sitemap, robots
 * file, data downloads and update feeds. Pages are rendered in parallel over the cores and handed on
 * one by one. Problems are reported; nothing is written here.
 */
public final class SiteRenderer {

    private final Project project;
    private final Diagnostics diagnostics;

    public SiteRenderer(Project project, Diagnostics diagnostics) {
        this.project = project;
        this.diagnostics = diagnostics;
    }

    /**
     * Renders every file of the site and hands each to {@code sink} as soon as it is made, from
     * several threads at once (the sink must be thread-safe); nothing is held here once handed
     * over. {@code planned} learns the number of tasks (about one per page) first, and {@code done}
     * hears of each finished task, for a progress display. With {@code only}, just the pages whose
     * output path passes it are rendered.
     */
    public void render(Site site, java.util.function.Predicate<String> only, Consumer<OutputFile> sink,
            IntConsumer planned, Runnable done) {
        TextFiles files = new TextFiles(project, diagnostics);
        Optional<Messages> maybeMessages = Messages.load(project.templates().resolve("i18n"), site.config().languages(),
                files, diagnostics);
        if (maybeMessages.isEmpty() || diagnostics.hasErrors()) {
            return;
        }
        Messages messages = maybeMessages.get();
        Templates templates = new Templates(project, messages, diagnostics);
        Markdown markdown = new Markdown();
        Map<String, LanguageViews> views = new LinkedHashMap<>();
        for (Language l : site.config().languages()) {
            Formats formats = new Formats(l, messages);
            TextRenderer text = new TextRenderer(site, l, formats, messages, markdown, diagnostics);
            DataViews data = new DataViews(site, l, formats, messages, text);
            VisualViews visuals = new VisualViews(site, l, formats, messages, text, data);
            text.blocks((kind, id) -> visual(templates, site, l, visuals, kind, id));
            views.put(l.code(), new LanguageViews(l, formats, text, data, visuals));
        }

        Assets assets = Assets.collect(project, diagnostics);
        if (!assets.has(Pages.STYLESHEET) || !assets.has(Pages.SCRIPT) || !assets.has(Embeds.LOADER)
                || !assets.has(Embeds.CHILD)) {
            diagnostics.error(Position.ofFile("templates/assets"), "assets", "the templates' assets are incomplete",
                    "templates/assets/ needs kontext.css, kontext.js, embed.js and embed-loader.js");
            return;
        }
        Embeds embeds = new Embeds(site, messages, assets);
        Pages pages = new Pages(site, messages, views, assets, embeds);
        Language first = site.config().defaultLanguage();

        // The work as independent tasks, the costliest first, so that the threads finish together.
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task("", () -> SocialCards.render(project, site, messages, views, diagnostics).forEach(sink)));
        for (LanguageViews v : views.values()) {
            tasks.add(new Task(v.code() + "/index.html", () -> {
                Map<String, Object> explainer = pages.explainer(v);
                explainer.put("pendingBlocks", pendingBlocks(site, v.language()));
                explainer.put("originalLang", first.code());
                render(templates, "explainer", v.language(), explainer, v.code() + "/index.html", sink);
            }));
        }
        for (LanguageViews v : views.values()) {
            String embedsPage = v.code() + "/" + Pages.EMBEDS + "index.html";
            String parallel = v.code() + "/" + Pages.PARALLEL + "index.html";
            tasks.add(new Task(embedsPage, () -> render(templates, "embeds", v.language(), pages.embedsPage(v),
                    embedsPage, sink)));
            tasks.add(new Task(parallel, () -> render(templates, "parallel", v.language(), pages.parallel(v), parallel,
                    sink)));
        }
        tasks.add(new Task("", () -> new DataDownloads(site, messages, markdown).files().forEach(sink)));
        tasks.add(new Task("", () -> new Feeds(site, messages, markdown).files().forEach(sink)));
        for (LanguageViews v : views.values()) {
            for (Embeds.Embed e : embeds.of(v)) {
                tasks.add(new Task(e.path() + "index.html", () -> {
                    render(templates, "embed", v.language(), pages.embed(v, e), e.path() + "index.html", sink);
                    sink.accept(new OutputFile(e.path() + "oembed.json", bytes(embeds.oembed(e, v.language())),
                            "templates/embed.html"));
                }));
            }
        }
        for (io.kontext.model.Page p : site.pages()) {
            LanguageViews v = views.get(p.lang());
            String path = p.path() + "index.html";
            tasks.add(new Task(path, () -> render(templates, "page", v.language(), pages.page(v, p), path, sink)));
        }
        tasks.add(new Task("index.html", () -> render(templates, "chooser", first, pages.chooser(), "index.html",
                sink)));
        tasks.add(new Task("404.html", () -> render(templates, "404", first, pages.notFound(), "404.html", sink)));
        tasks.add(new Task("", () -> {
            Head head = new Head(site);
            sink.accept(new OutputFile("sitemap.xml", bytes(Sitemap.xml(site, head,
                    List.of("", Pages.PARALLEL, Pages.EMBEDS), pages)), "site/site.yaml"));
            sink.accept(new OutputFile("robots.txt", bytes("User-agent: *\nAllow: /\n\nSitemap: " + head.base()
                    + "sitemap.xml\n"), "site/site.yaml"));
            assets.files().forEach(sink);
        }));
        // tasks that make many files (cards, downloads, assets) are named "": only whole builds run them
        List<Runnable> chosen = tasks.stream()
                .filter(t -> only == null || !t.path().isEmpty() && only.test(t.path()))
                .map(Task::run).toList();
        planned.accept(chosen.size());
        run(chosen, done);
    }

    /**
     * Runs the tasks on one thread per core, taken in list order (so the costliest, listed first,
     * start first). The first failure is thrown once all have stopped.
     */
    private static void run(List<Runnable> tasks, Runnable done) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), tasks.size()));
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    tasks.get(i).run();
                    done.run();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            Thread t = new Thread(worker, "kontext-render-" + i);
            t.setDaemon(true);
            t.start();
            helpers.add(t);
        }
        worker.run();
        for (Thread t : helpers) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering", e);
            }
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private void render(Templates templates, String template, Language l, Map<String, Object> vars, String path,
            Consumer<OutputFile> sink) {
        templates.render(template, l.locale(), vars).ifPresent(html ->
                sink.accept(new OutputFile(path, bytes(html), "templates/" + template + ".html")));
    }

    /** A unit of the render stage: what it makes (its page's output path, or "" for many files). */
    private record Task(String path, Runnable run) {
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


    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
