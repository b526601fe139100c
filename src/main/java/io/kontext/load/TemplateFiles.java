package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's Thymeleaf templates ({@code templates/**.html}, outside {@code assets/}), read into
 * memory by name ({@code explainer}, {@code parts/head}), so that the render stage reads no file;
 * and the UI strings they ask for ({@code #{key}}), so that a missing one is reported here.
 *
 * @param byName the text of each template by its name, as templates name each other
 * @param digest a hash of every name and text: what a parsed template engine can be kept by
 */
public record TemplateFiles(Map<String, SourceText> byName, String digest) {

    /** The templates Kontext renders pages with; each must exist. */
    public static final Set<String> PAGES = Set.of("explainer", "page", "parallel", "embeds", "embed", "chooser", "404",
            "parts/visuals");

    private static final Pattern MESSAGE = Pattern.compile("#\\{\\s*([A-Za-z0-9_.\\-]+)");

    /** The template's file, relative to the project, for messages about it. */
    public static String file(String name) {
        return "templates/" + name + ".html";
    }

    public Optional<SourceText> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every message key the templates ask for, with where the first ask is. */
    public Map<String, Position> messageKeys() {
        Map<String, Position> keys = new LinkedHashMap<>();
        byName.values().forEach(t -> {
            Matcher m = MESSAGE.matcher(t.text());
            while (m.find()) {
                keys.putIfAbsent(m.group(1), t.positionOf(m.start()));
            }
        });
        return keys;
    }

    static TemplateFiles read(Project project, TextFiles files, Diagnostics diagnostics) {
        Path dir = project.templates();
        Map<String, SourceText> byName = new LinkedHashMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".html") && Files.isRegularFile(f)).sorted()
                        .toList()) {
                    String rel = dir.relativize(p).toString().replace('\\', '/');
                    if (rel.startsWith("assets/") || rel.startsWith(".")) {
                        continue;
                    }
                    files.readExisting(p).ifPresent(t -> byName.put(rel.substring(0, rel.length() - ".html".length()), t));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                diagnostics.error(Position.ofFile(project.relative(dir)), "unreadable", "cannot read "
                        + project.relative(dir) + ": " + e.getMessage(), null);
            }
        }
        for (String name : new TreeSet<>(PAGES)) {
            if (!byName.containsKey(name) && Files.exists(dir.resolve(name + ".html"))) {
                continue; // unreadable: reported by the reader
            }
            if (!byName.containsKey(name)) {
                diagnostics.error(Position.ofFile(file(name)), "template-missing", "template '" + name + "' not found",
                        "create " + file(name) + "; Kontext's default templates are in its repository's templates/ folder");
            }
        }
        return new TemplateFiles(Map.copyOf(byName), digest(byName));
    }

    private static String digest(Map<String, SourceText> byName) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            new TreeSet<>(byName.keySet()).forEach(name -> {
                d.update(name.getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
                d.update(byName.get(name).text().getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            });
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
