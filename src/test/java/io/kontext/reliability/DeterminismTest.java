package io.kontext.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Byte-identical output whatever the folder, the time zone, the locale or the number of
 * processors: the shipped explainer built twice, as two separate processes.
 */
class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void twoBuildsInDifferentFoldersTimeZonesLocalesAndProcessorCountsAreByteIdentical() throws Exception {
        Path a = build(TestProject.shipped(tmp.resolve("first")).root(), tmp.resolve("out-a"), "America/Los_Angeles",
                "C", 1);
        Path b = build(TestProject.shipped(tmp.resolve("second/folder")).root(), tmp.resolve("out-b"), "Asia/Tokyo",
                "sv_SE.UTF-8", 2);
        Map<String, String> first = TestProject.hashes(a);
        assertThat(first).hasSizeGreaterThan(100);
        assertThat(TestProject.hashes(b)).isEqualTo(first);
    }

    private static Path build(Path project, Path out, String zone, String locale, int processors) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(FaultsTest.javaBinary(), "-XX:ActiveProcessorCount=" + processors,
                "-Duser.timezone=" + zone, "-cp", System.getProperty("java.class.path"), "io.kontext.cli.Main", "build",
                "--project", project.toString(), "--out", out.toString());
        pb.environment().put("TZ", zone);
        pb.environment().put("LC_ALL", locale);
        pb.environment().put("LANG", locale);
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return out;
    }
}
