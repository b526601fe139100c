package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher, target/kontext: it exists with its class data archive after
 * {@code mvn package}, runs, and builds exactly what the plain jar builds.
 */
class LauncherIT {

    @TempDir
    Path tmp;

    @Test
    void theLauncherAndItsArchiveBuildTheSameFilesAsThePlainJar() throws Exception {
        Path launcher = TestProject.REPO.resolve("target/kontext");
        assertThat(launcher).isExecutable();
        assertThat(TestProject.REPO.resolve("target/kontext.jsa")).isNotEmptyFile();
        TestProject p = TestProject.fixture("pages", tmp.resolve("project"));

        Run viaLauncher = run(List.of(launcher.toString(), "build", "--project", p.root().toString(), "--out",
                tmp.resolve("a").toString()));
        Run viaJar = run(List.of(javaBinary(), "-jar", TestProject.REPO.resolve("target/kontext.jar").toString(),
                "build", "--project", p.root().toString(), "--out", tmp.resolve("b").toString()));

        assertThat(viaLauncher.code()).as(viaLauncher.output()).isZero();
        assertThat(viaLauncher.output()).as("nothing from the JVM about the archive").isEmpty();
        assertThat(viaJar.code()).as(viaJar.output()).isZero();
        assertThat(TestProject.hashes(tmp.resolve("a"))).isNotEmpty().isEqualTo(TestProject.hashes(tmp.resolve("b")));
    }

    @Test
    void withoutItsArchiveTheLauncherRunsThePlainJar() throws Exception {
        Path copy = tmp.resolve("bin");
        Files.createDirectories(copy);
        Files.copy(TestProject.REPO.resolve("target/kontext"), copy.resolve("kontext"),
                java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(TestProject.REPO.resolve("target/kontext.jar"), copy.resolve("kontext.jar"));
        Run version = run(List.of(copy.resolve("kontext").toString(), "--version"));
        assertThat(version.code()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("kontext ");
    }

    private record Run(int code, String output) {
    }

    private static Run run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), output);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
