package io.kontext.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.diag.Diagnostics;
import io.kontext.publish.OutputWriter;
import io.kontext.render.OutputFile;
import io.kontext.testing.TestProject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults while writing: whatever goes wrong, the previous output stays byte for byte as it was, and
 * the next build cleans up what the failed one left.
 */
class FaultsTest {

    @TempDir
    Path tmp;

    /** Writes {@code files} as the new content of {@code out}, as a build does; false if that failed. */
    private static boolean write(Diagnostics diagnostics, List<OutputFile> files, Path out) {
        var opened = new OutputWriter(diagnostics, Optional.empty(), OutputWriter.BeforeSwap.NONE).open(out);
        if (opened.isEmpty()) {
            return false;
        }
        try (OutputWriter.Session session = opened.get()) {
            for (OutputFile f : files) {
                if (!session.add(f)) {
                    return false;
                }
            }
            return session.commit();
        }
    }

    private static List<OutputFile> site(String text) {
        return List.of(new OutputFile("index.html", text.getBytes(StandardCharsets.UTF_8), "t"),
                new OutputFile("en/index.html", text.getBytes(StandardCharsets.UTF_8), "t"));
    }

    @Test
    void aFailureHalfwayThroughWritingLeavesThePreviousOutputAndNoLeftovers() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(write(new Diagnostics(), site("old"), out)).isTrue();
        Map<String, String> before = TestProject.hashes(out);
        List<OutputFile> broken = new ArrayList<>(site("new"));
        // a file and a folder of the same name: the second cannot be written
        broken.add(new OutputFile("a", new byte[] {1}, "t"));
        broken.add(new OutputFile("a/b", new byte[] {2}, "t"));
        Diagnostics diagnostics = new Diagnostics();
        assertThat(write(diagnostics, broken, out)).isFalse();
        assertThat(diagnostics.all()).singleElement().satisfies(d -> assertThat(d.message()).startsWith("cannot write"));
        assertThat(TestProject.hashes(out)).isEqualTo(before);
        // nothing beside the output, not even the lock file, once the build is over
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsReportedAndKeptAsItWas() throws Exception {
        Path parent = tmp.resolve("locked");
        Path out = parent.resolve("site");
        assertThat(write(new Diagnostics(), site("old"), out)).isTrue();
        Map<String, String> before = TestProject.hashes(out);
        TestProject p = TestProject.fixture("minimal", tmp.resolve("project"));
        world(tmp);
        List<String> command = new ArrayList<>();
        String classPath = System.getProperty("java.class.path");
        if (isRoot()) {
            // root writes anywhere: build as the unprivileged user 'nobody' instead, with a copy of
            // the class path it can read
            command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
            classPath = readableCopy(classPath, tmp.resolve("classpath"));
        } else {
            parent.toFile().setWritable(false, false);
        }
        command.addAll(List.of(javaBinary(), "-cp", classPath, "io.kontext.cli.Main", "build", "--project",
                p.root().toString(), "--out", out.toString()));
        Process build = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(build.waitFor(120, TimeUnit.SECONDS)).isTrue();
        parent.toFile().setWritable(true, false);
        assertThat(build.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("error: cannot write " + out);
        assertThat(TestProject.hashes(out)).isEqualTo(before);
    }

    @Test
    void aBuildKilledWhileWritingLeavesThePreviousOutputAndTheNextBuildCleansUp() throws Exception {
        TestProject p = TestProject.fixture("minimal", tmp.resolve("project"));
        Path out = tmp.resolve("out");
        assertThat(p.build("--out", out.toString()).exitCode()).isZero();
        Map<String, String> before = TestProject.hashes(out);
        p.edit("site/content/en/summary.md", "What you need to know", "What to know");

        Path marker = tmp.resolve("held");
        Process build = buildHeldBeforeSwap(p, out, marker);
        build.destroyForcibly();
        assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(TestProject.hashes(out)).isEqualTo(before);
        assertThat(siblings()).anyMatch(n -> n.startsWith(".out.tmp-"));

        Files.delete(marker);
        assertThat(p.build("--out", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out.resolve("en/index.html"))).contains("What to know");
        assertThat(siblings()).containsExactly("out");
    }

    @Test
    void aSecondBuildIntoTheSameOutputWhileOneIsWritingIsRefusedAndChangesNothing() throws Exception {
        TestProject p = TestProject.fixture("minimal", tmp.resolve("project"));
        Path out = tmp.resolve("out");
        assertThat(p.build("--out", out.toString()).exitCode()).isZero();
        Map<String, String> before = TestProject.hashes(out);

        Path marker = tmp.resolve("held");
        // the first build holds the output's lock, its site written, just before the swap
        Process first = buildHeldBeforeSwap(p, out, marker);
        TestProject.Run second = p.build("--out", out.toString());
        assertThat(second.exitCode()).isEqualTo(io.kontext.cli.ExitCode.CONTENT);
        assertThat(second.err()).contains("error: another Kontext build is writing " + out.toAbsolutePath());
        assertThat(TestProject.hashes(out)).isEqualTo(before);

        Files.delete(marker);
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(new String(first.getInputStream().readAllBytes())).isZero();
        assertThat(p.build("--out", out.toString()).exitCode()).isZero();
        assertThat(siblings()).containsExactly("out");
    }

    /**
     * Starts a build in its own process ({@link HeldBuild}), and returns once the build has
     * written the new site and holds before the swap (the marker file appears); deleting the
     * marker lets it go on.
     */
    private Process buildHeldBeforeSwap(TestProject p, Path out, Path marker) throws Exception {
        List<String> command = List.of(javaBinary(), "-cp", System.getProperty("java.class.path"),
                HeldBuild.class.getName(), p.root().toString(), out.toString(), marker.toString());
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            marker.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            Process build = new ProcessBuilder(command).redirectErrorStream(true).start();
            while (!Files.exists(marker)) {
                assertThat(watcher.poll(60, TimeUnit.SECONDS)).as("the build reached the swap").isNotNull()
                        .satisfies(k -> k.reset());
            }
            return build;
        }
    }

    private static String readableCopy(String classPath, Path dir) throws Exception {
        List<String> copies = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path from = Path.of(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = dir.resolve(n++ + "-" + from.getFileName());
            try (var walk = Files.walk(from)) {
                for (Path f : walk.toList()) {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(f, target);
                    }
                }
            }
            copies.add(to.toString());
        }
        world(dir);
        return String.join(File.pathSeparator, copies);
    }

    private List<String> siblings() throws Exception {
        try (var list = Files.list(tmp)) {
            return list.map(x -> x.getFileName().toString()).filter(n -> n.contains("out")).toList();
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Lets another user read the project and the classes (the test folder is private by default). */
    private static void world(Path dir) throws Exception {
        for (Path p = dir; p != null; p = p.getParent()) {
            p.toFile().setExecutable(true, false);
            p.toFile().setReadable(true, false);
        }
        try (var walk = Files.walk(dir)) {
            walk.map(Path::toFile).forEach(f -> {
                f.setReadable(true, false);
                if (f.isDirectory()) {
                    f.setExecutable(true, false);
                }
            });
        }
    }
}
