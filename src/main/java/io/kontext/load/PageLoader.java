package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import io.kontext.model.Language;
import io.kontext.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the pages beside the explainer: every Markdown file under {@code site/pages/<lang>/}, with
 * front matter as Hugo writes it ({@code title}, {@code date}, and optionally {@code slug},
 * {@code summary}, {@code tags}, {@code translationKey}, {@code sources}). A page is written at
 * {@code <lang>/<folder>/<slug>/}, where the folder is the file's folder under the language. The
 * versions in different languages are paired by {@code translationKey}, or by the same path under
 * each language when the key is not given. Files are read in parallel; the result is sorted.
 */
final class PageLoader {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-+[a-z0-9]+)*");
    private final Diagnostics diagnostics;
    private final References refs;
    private final MarkdownConverter markdown;
    private final io.kontext.layout.Layout layout;

    PageLoader(Diagnostics diagnostics, References refs, MarkdownConverter markdown, io.kontext.layout.Layout layout) {
        this.diagnostics = diagnostics;
        this.refs = refs;
        this.markdown = markdown;
        this.layout = layout;
    }

    List<Page> load(Project project, TextFiles files, List<Language> languages) {
        Path root = project.pages();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> paths = new ArrayList<>();
        List<String> codes = languages.stream().map(Language::code).toList();
        try (Stream<Path> top = Files.list(root)) {
            for (Path dir : top.sorted().toList()) {
                String name = dir.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (!Files.isDirectory(dir) || !codes.contains(name)) {
                    diagnostics.error(Position.ofFile(project.relative(dir)), "pages-folder", project.relative(dir)
                            + " is not a language folder", "put each page under site/pages/<language>/, one of: "
                            + String.join(", ", codes));
                    continue;
                }
                try (Stream<Path> walk = Files.walk(dir)) {
                    walk.filter(p -> p.getFileName().toString().endsWith(".md") && !hidden(dir, p)).sorted()
                            .forEach(paths::add);
                }
            }
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(project.relative(root)), "unreadable", "cannot list "
                    + project.relative(root) + ": " + e.getMessage(), null);
            return List.of();
        }
        List<Page> pages = paths.parallelStream()
                .map(p -> files.readExisting(p).flatMap(text -> page(root, p, text)))
                .flatMap(Optional::stream).sorted(Comparator.comparing(Page::path)).toList();
        checkUnique(pages);
        checkTranslated(pages, codes);
        return pages;
    }

    /** Editor droppings and hidden files (".#x.md", "x.md~", ".draft/") are not pages. */
    private static boolean hidden(Path dir, Path p) {
        for (Path part : dir.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Optional<Page> page(Path root, Path file, SourceText text) {
        Path rel = root.relativize(file);
        String lang = rel.getName(0).toString();
        Path inLang = rel.subpath(1, rel.getNameCount());
        String name = inLang.getFileName().toString().replaceFirst("\\.md$", "");
        String folder = inLang.getParent() == null ? "" : inLang.getParent().toString().replace('\\', '/') + "/";
        Optional<FrontMatter> fm = FrontMatter.read(text, diagnostics, "title: ...");
        if (fm.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fm.get().fields();
        Optional<String> title = f.requiredText("title", "the page's heading");
        Optional<LocalDate> date = f.day("date", true);
        String slug = f.text("slug").orElse(name);
        String summary = f.text("summary").orElse("");
        List<String> tags = f.textList("tags", false).stream().map(Fields.Item::value).toList();
        String key = f.text("translationKey").orElse(folder + name);
        List<String> sources = refs.sources(f.textList("sources", false));
        f.finish();
        boolean ok = title.isPresent() && date.isPresent();
        if (!SLUG.matcher(slug).matches()) {
            diagnostics.error(f.has("slug") ? f.valuePosition("slug") : Position.ofFile(text.path()), "slug",
                    "'" + slug + "' cannot be the address of a page", "use lower-case letters a-z, digits and hyphens,"
                            + " such as 'sanctions-explained'");
            ok = false;
        }
        if (folder.isEmpty() && io.kontext.layout.Layout.RESERVED_SLUGS.contains(slug)) {
            diagnostics.error(f.has("slug") ? f.valuePosition("slug") : Position.ofFile(text.path()), "slug",
                    "'" + slug + "' is the address of a page Kontext makes", "choose another slug");
            ok = false;
        }
        title.ifPresent(t -> refs.text(t, o -> f.valuePosition("title")));
        title.ifPresent(t -> markdown.checkPlain(t, f.valuePosition("title")));
        int offset = fm.get().bodyStart();
        refs.text(fm.get().body(), o -> text.positionOf(offset + o));
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Page(key, lang, layout.page(lang, folder, slug).path(), title.get(), date.get(), summary,
                tags, sources, text, markdown.block(fm.get().body(), o -> text.positionOf(offset + o), "page")));
    }

    /** A page missing in a language is a warning: readers of that language would not find it. */
    private void checkTranslated(List<Page> pages, List<String> codes) {
        Map<String, List<Page>> byKey = new java.util.TreeMap<>();
        pages.forEach(p -> byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p));
        byKey.forEach((key, versions) -> {
            for (String code : codes) {
                if (versions.stream().noneMatch(p -> p.lang().equals(code))) {
                    Page first = versions.get(0);
                    diagnostics.warning(Position.ofFile(first.file().path()), "page-translation", "page '" + key
                            + "' has no '" + code + "' version", "write it under site/pages/" + code + "/ with "
                            + "'translationKey: " + key + "', or build with --lenient while it is being translated");
                }
            }
        });
    }

    /** Two pages at one address, or two pages of one language with the same key. */
    private void checkUnique(List<Page> pages) {
        Map<String, Page> byPath = new HashMap<>();
        Map<String, Page> byKey = new HashMap<>();
        for (Page p : pages) {
            Page clash = byPath.putIfAbsent(p.path(), p);
            if (clash != null) {
                diagnostics.error(Position.ofFile(p.file().path()), "page-address", p.file().path() + " and "
                        + clash.file().path() + " would both be written at /" + p.path(), "give one of them another slug");
            }
            Page twin = byKey.putIfAbsent(p.lang() + "\u0000" + p.key(), p);
            if (twin != null) {
                diagnostics.error(Position.ofFile(p.file().path()), "page-key", p.file().path() + " and "
                        + twin.file().path() + " have the same translationKey '" + p.key() + "'",
                        "each page of a language needs its own key; the same key pairs translations");
            }
        }
    }
}
