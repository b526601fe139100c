package io.kontext.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.cli.ExitCode;
import io.kontext.testing.Golden;
import io.kontext.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of bad input: each case breaks the small fixture project in one way. A case either
 * fails the build with the diagnostics pinned in {@code golden/bad-inputs/<case>.txt} (and writes
 * nothing), or builds with the output it must have (the same as the clean project's, or with the
 * hostile text neutralised).
 */
class BadInputTest {

    @TempDir
    Path tmp;

    private static final String SUMMARY = "site/content/en/summary.md";
    private static final String SEED = "seeds/artikel.txt";
    private static final String TIMELINE = "site/data/timeline.yaml";
    private static final String SITE = "site/site.yaml";

    /** A case that must fail, with its diagnostics pinned. */
    private record Fails(String name, Consumer<TestProject> breakIt, String... args) {
    }

    /** A case that must build, and what must hold of the output. */
    private record Builds(String name, Consumer<TestProject> change, Consumer<TestProject> check) {
    }

    private static Consumer<TestProject> edit(String file, String from, String to) {
        return p -> p.edit(file, from, to);
    }

    private static Consumer<TestProject> append(String file, String text) {
        return p -> p.write(file, p.read(file) + text);
    }

    private static Consumer<TestProject> write(String file, String text) {
        return p -> p.write(file, text);
    }

    /** Two small countries, each a triangle: the outlines the map cases break. */
    private static final String OUTLINES = """
            {
              "countries": [
                {"id": "AA", "name": "A", "rings": [
                  [[10, 50], [20, 50], [15, 55]]
                ]},
                {"id": "BB", "name": "B", "rings": [
                  [[20, 50], [30, 50], [25, 55]]
                ]}
              ]
            }
            """;
    private static final String MAPS = """
            maps:
              - id: area
                geo: data/geo/countries.json
                sv: {title: T, description: D, credit: C}
                en: {title: T, description: D, credit: C}
                countries:
                  - {id: AA, highlight: true, label: {sv: A, en: A}}
                  - {id: BB, label: {sv: B, en: B}}
                places:
                  - {id: p, lon: 15, lat: 52, label: {sv: P, en: P}}
            """;

    /** The fixture with a locator map in both languages, listed by {@code maps} and drawn from {@code outlines}. */
    private static Consumer<TestProject> map(String maps, String outlines) {
        return p -> {
            p.write("site/data/geo/countries.json", outlines);
            p.write("site/data/maps.yaml", maps);
            for (String lang : new String[] {"sv", "en"}) {
                String summary = "site/content/" + lang + "/summary.md";
                p.write(summary, p.read(summary) + "\n{{map:area}}\n");
            }
        };
    }

    static List<Fails> failing() {
        List<Fails> c = new ArrayList<>();
        // the seed article
        c.add(new Fails("seed-empty", write(SEED, "")));
        c.add(new Fails("seed-whitespace-only", write(SEED, "  \n\n\t\n")));
        c.add(new Fails("seed-latin1", p -> p.writeBytes(SEED,
                p.read(SEED).getBytes(StandardCharsets.ISO_8859_1))));
        c.add(new Fails("seed-utf16", p -> p.writeBytes(SEED, ("\uFEFF" + p.read(SEED)).getBytes(StandardCharsets.UTF_16BE))));
        c.add(new Fails("seed-nul-byte", edit(SEED, "Kostnad och tid", "Kostnad\u0000och tid")));
        c.add(new Fails("seed-missing", p -> p.delete(SEED)));
        c.add(new Fails("seed-outside-seeds", edit(SITE, "seed: seeds/artikel.txt", "seed: site/site.yaml")));
        c.add(new Fails("seed-traversal", edit(SITE, "seed: seeds/artikel.txt", "seed: seeds/../../etc/passwd")));
        c.add(new Fails("seed-five-megabytes", write(SEED, "Rubrik\n" + "Ett stycke text. ".repeat(330_000))));
        c.add(new Fails("seed-changed-under-translation", edit(SEED, "40 miljoner", "45 miljoner")));
        // the translation
        c.add(new Fails("translation-file-missing", p -> p.delete("site/article/en.yaml")));
        c.add(new Fails("translation-duplicate-block", append("site/article/en.yaml",
                "  - id: p1\n    source: 6599bd5a3b\n    text: \"Again.\"\n")));
        c.add(new Fails("translation-unknown-block", append("site/article/en.yaml",
                "  - id: p9\n    source: 0000000000\n    text: \"Extra.\"\n")));
        // Markdown
        c.add(new Fails("markdown-raw-html", append(SUMMARY, "\n<script>alert(1)</script>\n")));
        c.add(new Fails("markdown-inline-html", append(SUMMARY, "\nText <img src=x onerror=alert(1)> here.\n")));
        c.add(new Fails("markdown-javascript-link", append(SUMMARY, "\n[x](javascript:alert(1))\n")));
        c.add(new Fails("markdown-entity-obfuscated-link", append(SUMMARY, "\n[x](java&#115;cript:alert(1))\n")));
        c.add(new Fails("markdown-tab-obfuscated-link", append(SUMMARY, "\n[x](ja&Tab;vascript:alert(1))\n")));
        c.add(new Fails("markdown-data-image", append(SUMMARY, "\n![x](data:text/html,<script>alert(1)</script>)\n")));
        c.add(new Fails("markdown-vbscript-reference", append(SUMMARY, "\n[x][r]\n\n[r]: vbscript:msgbox(1)\n")));
        c.add(new Fails("markdown-autolink-javascript", append(SUMMARY, "\n<javascript:alert(1)>\n")));
        c.add(new Fails("markdown-missing-anchor", append(SUMMARY, "\n[x](#no-such-place)\n")));
        c.add(new Fails("markdown-missing-page", append(SUMMARY, "\n[x](../fr/)\n")));
        c.add(new Fails("markdown-http-link", append(SUMMARY, "\n[x](http://example.org/)\n")));
        c.add(new Fails("markdown-deep-quotes", append(SUMMARY, "\n" + ">".repeat(10_000) + " deep\n")));
        c.add(new Fails("markdown-emphasis-bomb", append(SUMMARY, "\n" + "*".repeat(50_000) + "a" + "*".repeat(50_000) + "\n")));
        c.add(new Fails("markdown-unknown-placeholder", append(SUMMARY, "\n{{quote:x}}\n")));
        c.add(new Fails("markdown-unknown-figure", append(SUMMARY, "\n{{figure:nope}}\n")));
        c.add(new Fails("markdown-impossible-date", append(SUMMARY, "\n{{date:2024-02-30}}\n")));
        c.add(new Fails("markdown-chart-inline", p -> {
            p.write("site/data/charts.yaml", "charts:\n  - id: c\n    sources: [budget]\n    sv: {title: T, description: D, unit: U}\n"
                    + "    en: {title: T, description: D, unit: U}\n    bars:\n      - {figure: cost, label: {sv: a, en: a}}\n");
            p.write(SUMMARY, p.read(SUMMARY) + "\nText {{chart:c}} inline.\n");
            p.write("site/content/sv/summary.md", p.read("site/content/sv/summary.md") + "\n{{chart:c}}\n");
        }));
        // front matter
        c.add(new Fails("front-matter-missing", edit(SUMMARY, "---\ntitle:", "title:")));
        c.add(new Fails("front-matter-unterminated", edit(SUMMARY, "sources: [budget]\n---\n", "sources: [budget]\n")));
        c.add(new Fails("front-matter-unknown-key", edit(SUMMARY, "title:", "titel:")));
        c.add(new Fails("front-matter-tab-indent", edit(SUMMARY, "sources: [budget]", "sources:\n\t- budget")));
        c.add(new Fails("front-matter-type-tag", edit(SUMMARY, "title: \"What you need to know\"",
                "title: !!javax.script.ScriptEngineManager [x]")));
        // YAML data
        c.add(new Fails("yaml-clock-time-as-date", edit(TIMELINE, "date: 2024-11-05", "date: 10:00")));
        c.add(new Fails("yaml-impossible-date", edit(TIMELINE, "date: 2024-11-05", "date: 2023-02-29")));
        c.add(new Fails("yaml-slashed-date", edit(TIMELINE, "date: 2024-11-05", "date: 5/11/2024")));
        c.add(new Fails("yaml-norway-as-category", edit(TIMELINE, "category: decisions", "category: NO")));
        c.add(new Fails("yaml-duplicate-key", edit(TIMELINE, "    status: reported\n", "    status: reported\n    status: claimed\n")));
        c.add(new Fails("yaml-alias-bomb", write("site/data/glossary.yaml",
                "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n")));
        c.add(new Fails("yaml-type-tag", edit(TIMELINE, "category: decisions", "category: !!str decisions")));
        c.add(new Fails("yaml-deep-nesting", write("site/data/glossary.yaml", "terms: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n")));
        c.add(new Fails("yaml-five-megabytes", write("site/data/glossary.yaml", "terms: []\n" + "# padding\n".repeat(530_000))));
        c.add(new Fails("yaml-two-documents", append(TIMELINE, "---\nevents: []\n")));
        c.add(new Fails("yaml-empty-file", write("site/data/glossary.yaml", "")));
        c.add(new Fails("yaml-map-for-list", write("site/data/glossary.yaml", "terms:\n  fullmaktige: x\n")));
        c.add(new Fails("yaml-duplicate-id", edit(TIMELINE, "id: opening", "id: decision")));
        c.add(new Fails("yaml-traversal-id", edit(TIMELINE, "id: opening", "id: ../../etc")));
        c.add(new Fails("yaml-unknown-source", edit(TIMELINE, "sources: [budget]", "sources: [budgte]")));
        c.add(new Fails("yaml-missing-language", edit(TIMELINE,
                "    en: {title: \"Bridge opens\", text: \"The municipality says the bridge opens.\"}\n", "")));
        c.add(new Fails("yaml-number-with-separator", edit("site/data/figures.yaml", "value: 40000000", "value: 40 000 000")));
        c.add(new Fails("yaml-unused-source", append("site/data/sources.yaml",
                "  - id: spare\n    publisher: X\n    title: Y\n    url: https://example.org/y\n    date: 2024\n    language: sv\n")));
        c.add(new Fails("yaml-http-source-url", edit("site/data/sources.yaml", "url: https://example.org/beslut",
                "url: http://example.org/beslut")));
        c.add(new Fails("yaml-javascript-source-url", edit("site/data/sources.yaml", "url: https://example.org/beslut",
                "url: \"javascript:alert(1)\"")));
        // templates and messages
        c.add(new Fails("template-syntax-error", edit("templates/explainer.html", "th:text=\"${page.title}\">Title</h1>",
                "th:text=\"${page.title\">Title</h1>")));
        c.add(new Fails("template-failing-expression", edit("templates/explainer.html", "th:text=\"${page.title}\">Title</h1>",
                "th:text=\"${page.noSuchProperty.x}\">Title</h1>")));
        c.add(new Fails("template-missing", p -> p.delete("templates/explainer.html")));
        c.add(new Fails("message-missing-in-one-language", edit("templates/i18n/messages_en.properties", "nav.skip=Skip to content\n", "")));
        c.add(new Fails("message-unknown-key", edit("templates/explainer.html", "#{nav.contents}", "#{nav.contentz}")));
        // configuration
        c.add(new Fails("config-unknown-key", edit(SITE, "baseUrl:", "baseURL:")));
        c.add(new Fails("config-base-url-without-scheme", edit(SITE, "baseUrl: https://example.org/bron/", "baseUrl: example.org/bron/")));
        c.add(new Fails("config-base-url-without-slash", edit(SITE, "baseUrl: https://example.org/bron/", "baseUrl: https://example.org/bron")));
        c.add(new Fails("config-duplicate-language", edit(SITE, "  - code: en\n    locale: en-GB", "  - code: sv\n    locale: en-GB")));
        c.add(new Fails("config-bad-time-zone", append(SITE, "timeZone: Europe/Gothenburg\n")));
        c.add(new Fails("config-unknown-section", edit(SITE, "sections: [summary,", "sections: [summary, background,")));
        c.add(new Fails("config-out-is-project", p -> { }, "--out", "."));
        c.add(new Fails("config-out-inside-site", p -> { }, "--out", "site/out"));
        // the file system
        c.add(new Fails("fs-data-file-is-a-folder", p -> {
            p.delete("site/data/glossary.yaml");
            try {
                Files.createDirectories(p.path("site/data/glossary.yaml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        c.add(new Fails("fs-symlink-out-of-the-project", p -> {
            try {
                Files.delete(p.path("site/data/sources.yaml"));
                Files.createSymbolicLink(p.path("site/data/sources.yaml"), Path.of("/etc/hostname"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        c.add(new Fails("fs-asset-collision", write("site/assets/kontext.css", "body{}")));
        // locator maps and their outlines
        c.add(new Fails("map-outlines-malformed-json", map(MAPS, OUTLINES.replace("[15, 55]]", "[15, 55]"))));
        c.add(new Fails("map-outlines-bad-shapes", map(MAPS, OUTLINES
                .replace("{\"id\": \"AA\", ", "{")
                .replace("[[20, 50], [30, 50], [25, 55]]", "[[20, 50], [30, 50]], [[20, 50], [300, 50], [25, 95], [1]]"))));
        c.add(new Fails("map-outlines-without-countries", map(MAPS, "{\"lands\": []}\n")));
        c.add(new Fails("map-unknown-country", map(MAPS.replace("{id: BB,", "{id: ZZ,"), OUTLINES)));
        return c;
    }

    static List<Builds> building() {
        List<Builds> c = new ArrayList<>();
        c.add(new Builds("seed-with-bom-builds-as-without", p -> p.writeBytes(SEED, ("\uFEFF" + p.read(SEED))
                .getBytes(StandardCharsets.UTF_8)), p -> { }));
        c.add(new Builds("seed-with-crlf-builds-as-with-lf", p -> p.write(SEED, p.read(SEED).replace("\n", "\r\n")), p -> { }));
        c.add(new Builds("seed-decomposed-letters-build-as-composed", p -> p.write(SEED, p.read(SEED).replace("ö", "o\u0308")
                .replace("å", "a\u030a")), p -> { }));
        c.add(new Builds("markdown-with-crlf-builds-as-with-lf", p -> p.write(SUMMARY, p.read(SUMMARY).replace("\n", "\r\n")),
                p -> { }));
        c.add(new Builds("yaml-with-bom-and-crlf-builds-as-without", p -> p.writeBytes(TIMELINE,
                ("\uFEFF" + p.read(TIMELINE).replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8)), p -> { }));
        c.add(new Builds("editor-droppings-are-ignored", p -> {
            p.write("site/content/en/.#summary.md", "junk");
            p.write("site/assets/.DS_Store", "junk");
        }, p -> assertThat(p.path("target/site/assets/.DS_Store")).doesNotExist()));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> eachBadInputFailsWithItsPinnedDiagnosticsAndWritesNothing() {
        return failing().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            TestProject p = TestProject.fixture("minimal", tmp.resolve(c.name()));
            c.breakIt().accept(p);
            String[] args = c.args().length > 0 ? c.args() : new String[0];
            String[] resolved = java.util.Arrays.stream(args).map(a -> a.equals(".") ? p.root().toString()
                    : a.startsWith("site/") ? p.path(a).toString() : a).toArray(String[]::new);
            TestProject.Run run = p.build(resolved);
            assertThat(run.exitCode()).as(c.name() + ": " + run.err()).isEqualTo(ExitCode.CONTENT);
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
            Golden.assertText("bad-inputs/" + c.name() + ".txt", run.err().replace(p.root().toString(), "<project>"));
            assertThat(p.path("target/site")).doesNotExist();
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachHarmlessVariantBuildsTheSameSite() {
        TestProject clean = TestProject.fixture("minimal", tmp.resolve("clean"));
        assertThat(clean.build().exitCode()).isZero();
        Map<String, String> expected = TestProject.hashes(clean.path("target/site"));
        return building().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            TestProject p = TestProject.fixture("minimal", tmp.resolve(c.name()));
            c.change().accept(p);
            TestProject.Run run = p.build();
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(TestProject.hashes(p.path("target/site"))).isEqualTo(expected);
            c.check().accept(p);
        }));
    }
}
