package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void helpListsTheCommandsAndExitCodes() {
        TestProject.Run run = TestProject.Run.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("build", "check", "Exit codes", "internal error");
    }

    @Test
    void versionNamesKontext() {
        TestProject.Run run = TestProject.Run.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("kontext ");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        TestProject.Run run = TestProject.Run.of("build", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(TestProject.Run.of().exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aFolderWithoutAProjectIsAContentErrorNamingSiteYaml(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) {
        TestProject.Run run = TestProject.Run.of("build", "--project", tmp.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT);
        assertThat(run.err()).contains("site/site.yaml: error: file not found").doesNotContain("Exception");
    }

    @Test
    void aMalformedSourceDateEpochIsReported() {
        var d = new io.kontext.diag.Diagnostics();
        assertThat(RunSupport.sourceDateEpoch(java.util.Map.of("SOURCE_DATE_EPOCH", "yesterday"), d)).isEmpty();
        assertThat(d.all()).singleElement().extracting(x -> x.code()).isEqualTo("environment");
        assertThat(RunSupport.sourceDateEpoch(java.util.Map.of("SOURCE_DATE_EPOCH", "1700000000"), d))
                .hasValue(java.time.Instant.ofEpochSecond(1700000000));
    }
}
