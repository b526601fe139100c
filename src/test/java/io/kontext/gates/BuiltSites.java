package io.kontext.gates;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sites every quality gate runs on: the shipped explainer and every fixture project, each
 * built once per test run into {@code target/gates/<name>/}.
 */
final class BuiltSites {

    static final List<String> FIXTURES = List.of("minimal", "trilingual", "pages");
    private static final Map<String, Site> BUILT = new LinkedHashMap<>();

    /** A built site: its name, output folder and HTML pages (relative paths). */
    record Site(String name, Path out, List<String> pages) {
        /** The path the site is published under: each gate site is built for its own base path. */
        String basePath() {
            return "/" + name + "/";
        }

        String label(String page) {
            return name + ":/" + page;
        }
    }

    private BuiltSites() {
    }

    static synchronized List<Site> all() {
        if (BUILT.isEmpty()) {
            Path work = TestProject.REPO.resolve("target/gates");
            delete(work);
            build("shipped", TestProject.shipped(work.resolve("projects")));
            for (String f : FIXTURES) {
                build(f, TestProject.fixture(f, work.resolve("projects")));
            }
        }
        return List.copyOf(BUILT.values());
    }

    static Site shipped() {
        return all().get(0);
    }

    private static void build(String name, TestProject project) {
        Path out = TestProject.REPO.resolve("target/gates/site").resolve(name);
        TestProject.Run run = project.build("--out", out.toString(), "--base-url", "https://kontext.test/" + name + "/");
        assertThat(run.exitCode()).as(name + ": " + run.err()).isZero();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.filter(p -> p.toString().endsWith(".html")).sorted()
                    .forEach(p -> pages.add(out.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BUILT.put(name, new Site(name, out, List.copyOf(pages)));
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
