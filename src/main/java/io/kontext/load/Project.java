package io.kontext.load;

import java.nio.file.Path;

/**
 * A project folder: {@code site/}, {@code templates/} and {@code seeds/} under one root. Every file
 * name shown to the user is relative to the root.
 */
public record Project(Path root) {

    public Project {
        root = root.toAbsolutePath().normalize();
    }

    public Path site() {
        return root.resolve("site");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    /** The name shown in diagnostics for a file of this project. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
