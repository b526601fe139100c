package io.kontext.render;

import io.kontext.diag.Diagnostics;
import io.kontext.layout.Address;
import io.kontext.layout.Layout;
import io.kontext.load.Assets;
import io.kontext.load.Inputs;
import io.kontext.load.TemplateFiles;
import io.kontext.model.Language;
import io.kontext.model.Site;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * The render stage: every page of the site in every language, and the files beside them (assets,
 * social cards, the sitemap, data downloads, update feeds, oEmbed answers), from the inputs the
 * load stage read; it reads no file. Pages are rendered in parallel over the cores and handed on
 * one by one as they are made; what the link check needs of each is kept ({@link PageFacts}).
 * The only problems it reports are templates that fail to evaluate.
 */
public final class SiteRenderer {

    /**
     * @param only when present, just the pages whose output path passes it (the preview server's
     *     first answer to an edit, for the pages open in a browser)
     * @param cache what may be kept from an earlier build in the same process
     */
    public record Options(Predicate<String> only, RenderCache cache) {

        public static Options everything(RenderCache cache) {
            return new Options(null, cache);
        }
    }

    /** Told how far the render stage is: the number of tasks (about one per page), then each one done. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void planned(int tasks) {
        }

        default void rendered(int tasks) {
        }
    }

    private final Diagnostics diagnostics;

    public SiteRenderer(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Renders every file of the site and hands each to {@code out} as soon as it is made, from
     * several threads at once (it must be safe for threads); nothing is held here once handed over
     * but the facts the link check needs.
     */
    public Rendition render(Inputs in, Options options, Consumer<OutputFile> out, Progress progress) {
        Site site = in.site();
        Layout layout = in.layout();
        Templates templates = new Templates(in.templates(), in.messages(), options.cache(), diagnostics);
        Map<String, Edition> editions = new LinkedHashMap<>();
        for (Language l : site.config().languages()) {
            Edition edition = new Edition(site, l, in.messages(), layout,
                    e -> new VisualViews(site, e, in.messages(), options.cache()));
            edition.texts().blocks((kind, id) -> visual(templates, site, edition, kind, id));
            editions.put(l.code(), edition);
        }
        Embeds snippets = new Embeds(site, in.messages(), layout, in.assets());
        Map<String, List<Embeds.Embed>> embeds = new LinkedHashMap<>();
        editions.values().forEach(e -> embeds.put(e.code(), List.copyOf(snippets.of(e))));
        Pages pages = new Pages(site, in.messages(), editions, embeds, layout, in.assets(), snippets);
        Set<String> paths = ConcurrentHashMap.newKeySet();
        List<PageFacts> facts = java.util.Collections.synchronizedList(new ArrayList<>());
        Consumer<OutputFile> sink = f -> {
            paths.add(f.path());
            out.accept(f);
        };
        Renderer r = new Renderer(templates, sink, facts);

        // The work as independent tasks, the costliest first, so that the threads finish together.
        List<Task> tasks = new ArrayList<>();
        tasks.add(new Task("", () -> SocialCards.render(site, layout, in.messages(), in.fonts(), editions,
                options.cache()).forEach(sink)));
        for (Edition v : editions.values()) {
            tasks.add(new Task(layout.explainer(v.language()).file(), () -> r.page("explainer", v.language(),
                    layout.explainer(v.language()), pages.explainer(v))));
        }
        for (Edition v : editions.values()) {
            Language l = v.language();
            tasks.add(new Task(layout.embedsPage(l).file(), () -> r.page("embeds", l, layout.embedsPage(l),
                    pages.embedsPage(v))));
            if (!site.config().translations().isEmpty()) {
                tasks.add(new Task(layout.parallel(l).file(), () -> r.page("parallel", l, layout.parallel(l),
                        pages.parallel(v))));
            }
        }
        tasks.add(new Task("", () -> new DataDownloads(site, layout).files(editions).forEach(sink)));
        tasks.add(new Task("", () -> new Feeds(site, in.messages(), layout).files(editions).forEach(sink)));
        for (Edition v : editions.values()) {
            for (Embeds.Embed e : embeds.get(v.code())) {
                tasks.add(new Task(e.address().file(), () -> {
                    r.page("embed", v.language(), e.address(), pages.embed(v, e));
                    sink.accept(new OutputFile(layout.oembed(e.address()).path(), bytes(snippets.oembed(e, v.language())),
                            TemplateFiles.file("embed")));
                }));
            }
        }
        for (io.kontext.model.Page p : site.pages()) {
            Edition v = editions.get(p.lang());
            Address a = new Address(p.path());
            tasks.add(new Task(a.file(), () -> r.page("page", v.language(), a, pages.page(v, p))));
        }
        Language first = site.config().original();
        tasks.add(new Task(layout.chooser().file(), () -> r.page("chooser", first, layout.chooser(), pages.chooser())));
        tasks.add(new Task(layout.notFound().file(), () -> r.page("404", first, layout.notFound(), pages.notFound())));
        tasks.add(new Task("", () -> {
            List<Function<Language, Address>> kinds = new ArrayList<>();
            kinds.add(layout::explainer);
            if (!site.config().translations().isEmpty()) {
                kinds.add(layout::parallel);
            }
            kinds.add(layout::embedsPage);
            sink.accept(new OutputFile(layout.sitemap().path(), bytes(Sitemap.xml(site, layout, new Head(site, layout),
                    kinds, pages)), "site/site.yaml"));
            for (Assets.Asset a : in.assets().files()) {
                sink.accept(new OutputFile(a.path(), a.content(), a.origin()));
            }
        }));
        // tasks that make many files (cards, downloads, assets) are named "": only whole builds run them
        List<Runnable> chosen = tasks.stream()
                .filter(t -> options.only() == null || !t.path().isEmpty() && options.only().test(t.path()))
                .map(Task::run).toList();
        progress.planned(chosen.size());
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        Parallel.run(chosen, () -> progress.rendered(done.incrementAndGet()));
        Map<String, List<Rendition.EmbedEntry>> index = new LinkedHashMap<>();
        embeds.forEach((lang, list) -> index.put(lang, list.stream().map(e -> new Rendition.EmbedEntry(
                e.address().path(), layout.oembed(e.address()).path(), snippets.title(e, editions.get(lang).language()),
                snippets.snippet(e, editions.get(lang).language()))).toList()));
        return new Rendition(layout, Set.copyOf(paths), List.copyOf(facts), index);
    }

    /** Renders pages through the templates and hands them on with their facts. */
    private record Renderer(Templates templates, Consumer<OutputFile> sink, List<PageFacts> facts) {

        void page(String template, Language l, Address at, Record view) {
            PageFacts pageFacts = new PageFacts(at.file(), TemplateFiles.file(template));
            templates.render(template, l.locale(), view, pageFacts).ifPresent(html -> {
                facts.add(pageFacts);
                sink.accept(new OutputFile(at.file(), bytes(html), TemplateFiles.file(template)));
            });
        }
    }

    /** A unit of the render stage: what it makes (its page's output path, or "" for many files). */
    private record Task(String path, Runnable run) {
    }

    /** The HTML of a chart or map placed in text, from the {@code parts/visuals} fragments. */
    private String visual(Templates templates, Site site, Edition edition, String kind, String id) {
        Views.VisualView view;
        if (kind.equals("chart")) {
            var chart = site.charts().stream().filter(c -> c.id().equals(id)).findFirst();
            if (chart.isEmpty()) {
                return "";
            }
            view = new Views.VisualView(edition.code(), edition.visuals().chart(chart.get()), null);
        } else {
            var map = site.maps().stream().filter(m -> m.id().equals(id)).findFirst();
            if (map.isEmpty()) {
                return "";
            }
            view = new Views.VisualView(edition.code(), null, edition.visuals().map(map.get()));
        }
        return templates.renderFragment("parts/visuals", kind, edition.language().locale(), view).orElse("");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
