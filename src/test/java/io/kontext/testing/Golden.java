package io.kontext.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares output with expected files under {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the expected files from the current output, then review
 * the change in the diff.
 */
public final class Golden {

    private static final Path ROOT = TestProject.REPO.resolve("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private Golden() {
    }

    /**
     * The tree under {@code actual} must equal {@code golden/<name>/} file by file, byte by byte.
     * Copied assets are left out (they are the templates' files, not output Kontext makes), and so
     * are binary files (gzipped copies, images), which other tests check.
     */
    public static void assertTree(String name, Path actual) {
        Path expected = ROOT.resolve(name);
        if (UPDATE) {
            delete(expected);
            texts(actual).forEach((file, text) -> {
                try {
                    Path p = expected.resolve(file);
                    Files.createDirectories(p.getParent());
                    Files.writeString(p, text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Map<String, String> want = texts(expected);
        Map<String, String> got = texts(actual);
        assertThat(got.keySet()).as("files of " + name).containsExactlyElementsOf(want.keySet());
        for (String file : want.keySet()) {
            assertThat(got.get(file)).as(name + "/" + file).isEqualTo(want.get(file));
        }
    }

    /** {@code actual} must equal the text of {@code golden/<name>}. */
    public static void assertText(String name, String actual) {
        Path expected = ROOT.resolve(name);
        try {
            if (UPDATE) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> texts(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(dir)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (dir.relativize(p).startsWith("assets") || name.endsWith(".gz") || name.endsWith(".png")) {
                    continue;
                }
                out.put(dir.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
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
