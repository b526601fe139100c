package io.kontext.create;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Kontext's default templates, as the build put them on the class path: {@code kontext/templates/}
 * and the list of its files, {@code kontext/templates.list} (a class path cannot be listed).
 */
final class DefaultTemplates {

    static final String ROOT = "/kontext/templates/";
    static final String LIST = "/kontext/templates.list";

    private DefaultTemplates() {
    }

    /** The files' paths under {@code templates/}. */
    static List<String> list() {
        List<String> out = new ArrayList<>();
        for (String line : new String(read(LIST), StandardCharsets.UTF_8).split("\n")) {
            String path = line.strip();
            if (!path.isEmpty() && !path.startsWith("#")) {
                out.add(path);
            }
        }
        return out;
    }

    static boolean has(String path) {
        return list().contains(path);
    }

    static byte[] read(String path) {
        String name = path.startsWith("/") ? path : ROOT + path;
        try (InputStream in = DefaultTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from Kontext's class path; was it built with mvn package?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies every file into {@code templates}. */
    static void copy(Path templates) throws IOException {
        for (String path : list()) {
            Path target = templates.resolve(path);
            Files.createDirectories(target.getParent());
            Files.write(target, read(path));
        }
    }
}
