package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kontext status}: where a project stands, counted from what the build reports. */
class StatusCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theShippedExplainerHasNoPendingAndNoStaleBlockAndIsReady() {
        TestProject p = TestProject.shipped(tmp);
        TestProject.Run run = p.run("status", "--json");
        assertThat(run.exitCode()).as(run.out()).isZero();
        JsonNode status = JsonMapper.shared().readTree(run.out());
        assertThat(status.get("ready").asBoolean()).isTrue();
        assertThat(status.get("languages")).hasSize(2);
        for (JsonNode l : status.get("languages")) {
            JsonNode blocks = l.get("blocks");
            assertThat(blocks.get("pending").asInt()).as(l.get("code").asString()).isZero();
            assertThat(blocks.get("stale").asInt()).isZero();
            assertThat(blocks.get("missing").asInt()).isZero();
            assertThat(blocks.get("translated").asInt()).isEqualTo(14).isEqualTo(blocks.get("total").asInt());
        }
        assertThat(status.get("totals").get("events").asInt()).isEqualTo(37);
        assertThat(status.get("sources").get("unused").asInt()).isZero();
        assertThat(p.path("target")).doesNotExist();
    }

    @Test
    void aStaleBlockAnEventWithoutEnglishAndAnUnusedSourceAreCountedAndExitWithOne() {
        TestProject p = TestProject.fixture("minimal", tmp)
                .edit("site/article/en.yaml", "source: 6599bd5a3b", "source: 0000000000")
                .edit("site/data/timeline.yaml", "    en: {title: \"Bridge opens\", text: \"The municipality says the bridge opens.\"}\n", "")
                .edit("site/data/sources.yaml", "sources:\n", "sources:\n  - id: unused\n    publisher: \"X\"\n"
                        + "    title: \"Y\"\n    url: https://example.org/y\n    date: 2024\n    language: sv\n");
        TestProject.Run run = p.run("status", "--json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        JsonNode status = JsonMapper.shared().readTree(run.out());
        JsonNode en = status.get("languages").get(1);
        assertThat(en.get("blocks").get("stale").asInt()).isEqualTo(1);
        assertThat(en.get("blocks").get("translated").asInt()).isEqualTo(3);
        assertThat(en.get("withoutThisLanguage").get("events").asInt()).isEqualTo(1);
        assertThat(status.get("languages").get(0).get("withoutThisLanguage").get("events").asInt()).isZero();
        assertThat(status.get("sources").get("unused").asInt()).isEqualTo(1);
        assertThat(status.get("ready").asBoolean()).isFalse();
        assertThat(status.get("draft").asBoolean()).isFalse();
    }

    @Test
    void onATerminalItIsATableWithALineForEachLanguage() {
        TestProject p = TestProject.fixture("minimal", tmp);
        TestProject.Run run = p.run("status");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("language", "translated", "pending", "stale")
                .containsPattern("(?m)^  sv \\(orig\\.\\) +4 ")
                .containsPattern("(?m)^  en +4 +4 +0 +0 +0 ")
                .contains("ready, 'kontext build' passes");
    }
}
