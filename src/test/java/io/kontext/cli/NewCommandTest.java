package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kontext new} as a new user runs it: an article in, a project out that builds as a draft. */
class NewCommandTest {

    static final Path ARTICLE = TestProject.REPO.resolve("src/test/resources/articles/bibliotek.txt");

    @TempDir
    Path tmp;

    private Path create(String... more) {
        Path dir = tmp.resolve("bibliotek");
        List<String> args = new ArrayList<>(List.of("new", dir.toString(), "--seed", ARTICLE.toString()));
        args.addAll(List.of(more));
        TestProject.Run run = TestProject.Run.of(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Created", "kontext build --project");
        return dir;
    }

    private static TestProject.Run build(Path dir, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--project", dir.toString()));
        args.addAll(List.of(more));
        return TestProject.Run.of(args.toArray(String[]::new));
    }

    @Test
    void makesAProjectWithTheArticleByteForByteAndEveryFileABuildNeeds() throws Exception {
        Path dir = create();
        assertThat(Files.readAllBytes(dir.resolve("seeds/bibliotek.txt"))).isEqualTo(Files.readAllBytes(ARTICLE));
        for (String f : new String[] {"site/site.yaml", "site/article/en.yaml", "site/data/timeline.yaml",
            "site/data/figures.yaml", "site/data/sources.yaml", "site/data/glossary.yaml", "site/data/corrections.yaml",
            "site/content/sv/summary.md", "site/content/en/summary.md", "templates/explainer.html",
            "templates/i18n/messages_sv.properties", "templates/assets/kontext.css", "templates/fonts/DejaVuSans.ttf"}) {
            assertThat(dir.resolve(f)).as(f).isRegularFile();
        }
        String site = Files.readString(dir.resolve("site/site.yaml"));
        assertThat(site).contains("sv: \"Nya stadsbiblioteket i Ålunda öppnar efter två års bygge\"",
                "en: \"Nya stadsbiblioteket i Ålunda öppnar efter två års bygge\"   # CHECK: the headline; translation pending",
                "locale: en-GB", "baseUrl: https://example.org/bibliotek/", "name: \"bibliotek\"",
                "seed: \"seeds/bibliotek.txt\"", "- \"Just nu läser andra\"   # line 2", "- \"Läs också\"   # line 8",
                "- \"Så ska gamla biblioteket på Kvarngatan användas\"   # line 9: a teaser", "- \"Dela\"   # line 14");
        assertThat(site).doesNotContain("\"Mer plats för barnen\"", "\"Längre öppettider\"");
    }

    @Test
    void theDraftBuildsWithLenientShowingTheOriginalWithANoticeForEveryPendingBlock() {
        Path dir = create();
        TestProject.Run run = build(dir, "--lenient");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("0 errors, 10 warnings").doesNotContain("error:");
        Document sv = Jsoup.parse(read(dir, "target/site/sv/index.html"));
        Document en = Jsoup.parse(read(dir, "target/site/en/index.html"));
        assertThat(sv.select(".translation-pending")).isEmpty();
        List<Element> blocks = en.select(".article-text [id^=article-]");
        assertThat(blocks).hasSize(10);
        for (Element b : blocks) {
            assertThat(b.attr("lang")).as(b.id()).isEqualTo("sv");
            assertThat(b.text()).isEqualTo(sv.getElementById(b.id()).text());
            assertThat(b.nextElementSibling().hasClass("translation-pending")).as(b.id()).isTrue();
        }
        assertThat(en.select(".translation-pending").first().text()).startsWith("Translation pending");
        // the draft's pages are valid HTML too, notices and empty data sections included
        nu.validator.client.EmbeddedValidator validator = new nu.validator.client.EmbeddedValidator();
        validator.setOutputFormat(nu.validator.client.EmbeddedValidator.OutputFormat.GNU);
        for (String page : new String[] {"sv/index.html", "en/index.html"}) {
            try {
                String report = validator.validate(Files.newInputStream(dir.resolve("target/site/" + page)));
                assertThat(report.lines().filter(l -> l.contains("error:") || l.contains("warning:")).toList()).as(page)
                        .isEmpty();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
        assertThat(sv.getElementById("article").text()).doesNotContain("Läs också", "Just nu läser andra",
                "Så ska gamla biblioteket", "Dela").contains("Mer plats för barnen");
    }

    @Test
    void theStrictBuildFailsListingEveryPendingBlockAtItsLine() {
        Path dir = create();
        TestProject.Run run = build(dir);
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        String translation = read(dir, "site/article/en.yaml");
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  - id: (\\S+)$").matcher(translation);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSize(10).startsWith("headline", "p1", "p2", "s1");
        String[] lines = translation.split("\n", -1);
        for (String id : ids) {
            int idLine = List.of(lines).indexOf("  - id: " + id) + 1;
            int textLine = idLine + 3;
            assertThat(lines[textLine - 1]).isEqualTo("    text: \"\"");
            assertThat(run.err()).contains("site/article/en.yaml:" + textLine + ":11: warning: the en translation of block '"
                    + id + "' is pending; the page shows the original [translation-pending]");
        }
        assertThat(run.err()).contains("0 errors, 10 warnings");
        assertThat(dir.resolve("target/site")).doesNotExist();
    }

    @Test
    void translatingEveryBlockMakesTheStrictBuildAndTheStatusPass() throws Exception {
        Path dir = create();
        Path en = dir.resolve("site/article/en.yaml");
        String done = Files.readString(en).replaceAll("(?m)^    # sv: (.*)\n    text: \"\"\n    status: pending\n",
                "    text: \"EN: $1\"\n");
        Files.writeString(en, done);
        TestProject.Run run = build(dir);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(read(dir, "target/site/en/index.html")).contains("EN: Nya stadsbiblioteket").doesNotContain(
                "translation-pending");
        TestProject.Run status = TestProject.Run.of("status", "--project", dir.toString());
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).contains("ready");
    }

    @Test
    void theNewProjectsStatusCountsThePendingBlocksAndExitsWithOne() {
        Path dir = create();
        TestProject.Run run = TestProject.Run.of("status", "--project", dir.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.out()).contains("\"ready\": false", "\"draft\": true",
                "{\"code\": \"en\", \"original\": false, \"blocks\": {\"total\": 10, \"translated\": 0, \"pending\": 10, "
                        + "\"stale\": 0, \"missing\": 0}");
    }

    @Test
    void aTranslationIntoALanguageWrittenRightToLeftIsMarkedSoAndBuildsMirrored() {
        Path dir = create("--languages", "sv,ar");
        assertThat(read(dir, "site/site.yaml")).contains("  - code: ar\n", "    direction: rtl")
                .doesNotContain("code: sv\n    locale: sv-SE\n    name: \"Svenska\"\n    direction");
        TestProject.Run run = build(dir, "--lenient");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(read(dir, "target/site/ar/index.html")).contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void aLanguageKontextHasNoMessagesForGetsACopyOfTheEnglishOnesAndBuilds() {
        Path dir = create("--languages", "sv,en,de");
        String site = read(dir, "site/site.yaml");
        assertThat(site).contains("locale: de-DE", "name: \"Deutsch\"", "de: \"Ereignisse\"");
        assertThat(read(dir, "templates/i18n/messages_de.properties")).startsWith("# Copied from messages_en.properties");
        assertThat(read(dir, "site/content/de/summary.md")).contains("title: \"Das müssen Sie wissen\"");
        TestProject.Run run = build(dir, "--lenient");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("0 errors, 20 warnings");
        assertThat(dir.resolve("target/site/de/index.html")).isRegularFile();
    }

    @Test
    void refusesAFolderThatIsNotEmptyAndLeavesItAlone() throws Exception {
        Path dir = tmp.resolve("taken");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        TestProject.Run run = TestProject.Run.of("new", dir.toString(), "--seed", ARTICLE.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(dir + " is not empty");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void refusesALatin1ArticleAtItsFirstBadByteAndWritesNothing() throws Exception {
        Path article = tmp.resolve("latin1.txt");
        Files.write(article, "Rubrik\nEtt stycke om biblioteket.\nBöcker och läsesal.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path dir = tmp.resolve("latin");
        TestProject.Run run = TestProject.Run.of("new", dir.toString(), "--seed", article.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err()).contains("latin1.txt:3:2: error: latin1.txt is not valid UTF-8: byte 0xF6",
                "save the file as UTF-8");
        assertThat(dir).doesNotExist();
    }

    @Test
    void refusesAMissingArticleAndAListOfOneLanguage() {
        TestProject.Run missing = TestProject.Run.of("new", tmp.resolve("a").toString(), "--seed",
                tmp.resolve("nothing.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(missing.err()).contains("error: file not found");
        TestProject.Run one = TestProject.Run.of("new", tmp.resolve("b").toString(), "--seed", ARTICLE.toString(),
                "--languages", "sv");
        assertThat(one.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(one.err()).contains("at least one translation");
        TestProject.Run noSeed = TestProject.Run.of("new", tmp.resolve("c").toString());
        assertThat(noSeed.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(tmp.resolve("a")).doesNotExist();
        assertThat(tmp.resolve("b")).doesNotExist();
    }

    private static String read(Path dir, String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
