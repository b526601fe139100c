package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.Golden;
import io.kontext.testing.TestProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the small bilingual fixture end to end and compares it with its golden output. */
class BuildCommandTest {

    @TempDir
    Path tmp;

    @Test
    void buildsTheMinimalFixtureExactlyAsItsGoldenOutput() {
        TestProject p = TestProject.fixture("minimal", tmp);
        TestProject.Run run = p.build();
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        Golden.assertTree("minimal", p.path("target/site"));
    }

    @Test
    void writesEveryPageOfEveryLanguageAndTheSiteFiles() throws Exception {
        TestProject p = TestProject.fixture("minimal", tmp);
        assertThat(p.build().exitCode()).isZero();
        for (String f : new String[] {"index.html", "404.html", "sv/index.html", "en/index.html", "sv/parallel/index.html",
            "en/embeds/index.html", "embed/en/timeline/index.html", "embed/sv/timeline/oembed.json", "sitemap.xml",
            "robots.txt", "_headers", "_kontext/nginx.conf", "index.html.gz", "assets/card-sv.png"}) {
            assertThat(p.path("target/site/" + f)).as(f).isRegularFile();
        }
        try (var assets = java.nio.file.Files.list(p.path("target/site/assets"))) {
            assertThat(assets.map(a -> a.getFileName().toString()))
                    .anyMatch(n -> n.matches("kontext\\.[0-9a-f]{10}\\.css"))
                    .anyMatch(n -> n.matches("embed-loader\\.[0-9a-f]{10}\\.js"));
        }
    }

    @Test
    void twoBuildsGiveByteIdenticalFiles() {
        TestProject p = TestProject.fixture("minimal", tmp);
        assertThat(p.build("--out", tmp.resolve("a").toString()).exitCode()).isZero();
        assertThat(p.build("--out", tmp.resolve("b").toString()).exitCode()).isZero();
        Map<String, String> a = TestProject.hashes(tmp.resolve("a"));
        assertThat(a).isNotEmpty().isEqualTo(TestProject.hashes(tmp.resolve("b")));
    }

    @Test
    void aRebuildLeavesNoStaleFileAndNoTemporaryFolder() throws Exception {
        TestProject p = TestProject.fixture("minimal", tmp);
        assertThat(p.build().exitCode()).isZero();
        Files.writeString(p.path("target/site/stale.html"), "old");
        assertThat(p.build().exitCode()).isZero();
        assertThat(p.path("target/site/stale.html")).doesNotExist();
        try (var siblings = Files.list(p.path("target"))) {
            assertThat(siblings.map(x -> x.getFileName().toString()))
                    .noneMatch(n -> n.contains(".tmp-") || n.contains(".old-"));
        }
    }

    @Test
    void checkWritesNothing() {
        TestProject p = TestProject.fixture("minimal", tmp);
        TestProject.Run run = p.run("check");
        assertThat(run.exitCode()).isZero();
        assertThat(p.path("target")).doesNotExist();
    }

    @Test
    void baseUrlOptionReplacesTheConfiguredAddress() {
        TestProject p = TestProject.fixture("minimal", tmp);
        assertThat(p.build("--base-url", "https://news.example/explainers/bron/").exitCode()).isZero();
        assertThat(p.read("target/site/en/index.html"))
                .contains("<link rel=\"canonical\" href=\"https://news.example/explainers/bron/en/\">")
                .doesNotContain("https://example.org/bron/");
    }

    @Test
    void sourceDateEpochIsNotNeededForIdenticalOutput() {
        // no build time appears in any file: the dates on the pages come from site.yaml
        TestProject p = TestProject.fixture("minimal", tmp);
        assertThat(p.build().exitCode()).isZero();
        assertThat(p.read("target/site/sitemap.xml")).contains("<lastmod>2025-03-02</lastmod>");
    }
}
