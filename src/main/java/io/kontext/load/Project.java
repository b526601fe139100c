package io.kontext.load;

import java.nio.file.Path;
import java.util.List;

/**
 * A project folder, and the one place that knows its layout: {@code site/} (what the editor
 * writes), {@code templates/} (pages, message bundles, assets, fonts) and {@code seeds/} (the
 * article as received) under one root, and {@code target/site} as the default output. Every file
 * name shown to the user is relative to the root.
 */
public record Project(Path root) {

    /** The folders whose files make the site; the preview server watches them. */
    public static final List<String> SOURCE_FOLDERS = List.of("site", "templates", "seeds");

    public Project {
        root = root.toAbsolutePath().normalize();
    }

    public Path site() {
        return root.resolve("site");
    }

    public Path siteYaml() {
        return site().resolve("site.yaml");
    }

    /** The seed article's folder: an article named in {@code site.yaml} must be under it. */
    public Path seeds() {
        return root.resolve("seeds");
    }

    /** The typed data: {@code site/data/<name>}. */
    public Path data(String name) {
        return site().resolve("data").resolve(name);
    }

    /** The article's translation into a language: {@code site/article/<lang>.yaml}. */
    public Path translation(String lang) {
        return site().resolve("article").resolve(lang + ".yaml");
    }

    /** The explainer's text sections of a language: {@code site/content/<lang>/}. */
    public Path content(String lang) {
        return site().resolve("content").resolve(lang);
    }

    /** The pages beside the explainer: {@code site/pages/<lang>/**.md}. */
    public Path pages() {
        return site().resolve("pages");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    /** The UI strings of a language: {@code templates/i18n/messages_<lang>.properties}. */
    public Path messages(String lang) {
        return templates().resolve("i18n").resolve("messages_" + lang + ".properties");
    }

    /** The fonts social cards are drawn with. */
    public Path font(String file) {
        return templates().resolve("fonts").resolve(file);
    }

    /** The folders whose files are copied to {@code /assets/}: the templates' first, then the site's. */
    public List<Path> assetFolders() {
        return List.of(templates().resolve("assets"), site().resolve("assets"));
    }

    /** Where {@code kontext build} writes unless told otherwise, and the preview server too. */
    public Path defaultOutput() {
        return root.resolve("target").resolve("site");
    }

    /** Whether {@code folder} is the project, or one of its sources or code: never an output folder. */
    public boolean wouldReplaceSources(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        boolean clash = root.startsWith(target);
        for (String source : List.of("site", "templates", "seeds", "src")) {
            clash |= target.startsWith(root.resolve(source));
        }
        return clash;
    }

    /** The name shown in diagnostics for a file of this project. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
