package io.kontext.render;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The static files copied to {@code /assets/}: the templates' stylesheet and scripts
 * ({@code templates/assets/}) and the explainer's own files ({@code site/assets/}). Stylesheets and
 * scripts get the hash of their content in their name ({@code kontext.3f2a9c1b2d.css}), so they
 * can be cached for a year and a change always reaches readers; pages ask for them by their plain
 * name ({@link #url}).
 */
final class Assets {

    private final Map<String, OutputFile> files = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    private Assets() {
    }

    static Assets collect(Project project, Diagnostics diagnostics) {
        Assets a = new Assets();
        a.add(project, project.templates().resolve("assets"), diagnostics);
        a.add(project, project.site().resolve("assets"), diagnostics);
        return a;
    }

    /** The address of an asset below the root, by its plain name ("assets/kontext.css"). */
    String url(String plain) {
        String name = names.get(plain);
        if (name == null) {
            throw new IllegalStateException("no asset " + plain);
        }
        return name;
    }

    boolean has(String plain) {
        return names.containsKey(plain);
    }

    /** The Subresource Integrity value of an asset ("sha384-..."). */
    String integrity(String plain) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-384").digest(files.get(url(plain)).content());
            return "sha384-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-384 is part of every Java runtime", e);
        }
    }

    List<OutputFile> files() {
        return List.copyOf(files.values());
    }

    private void add(Project project, Path dir, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.endsWith("~") || name.equals("Thumbs.db")) {
                    continue;
                }
                String plain = "assets/" + dir.relativize(p).toString().replace('\\', '/');
                if (names.containsKey(plain)) {
                    diagnostics.error(Position.ofFile(project.relative(p)), "output-collision",
                            project.relative(p) + " would overwrite " + files.get(names.get(plain)).origin() + " at /"
                                    + plain, "rename one of the two files");
                    continue;
                }
                Path real = p.toRealPath();
                if (!real.startsWith(project.root().toRealPath())) {
                    diagnostics.error(Position.ofFile(project.relative(p)), "outside-project",
                            project.relative(p) + " leads outside the project", "copy the file into the project");
                    continue;
                }
                byte[] bytes = Files.readAllBytes(real);
                String path = fingerprinted(plain, bytes);
                names.put(plain, path);
                files.put(path, new OutputFile(path, bytes, project.relative(p)));
            }
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(project.relative(dir)), "unreadable",
                    "cannot read " + project.relative(dir) + ": " + e.getMessage(), null);
        }
    }

    static String fingerprinted(String plain, byte[] bytes) {
        int dot = plain.lastIndexOf('.');
        String ext = dot < 0 ? "" : plain.substring(dot + 1);
        if (!ext.equals("css") && !ext.equals("js")) {
            return plain;
        }
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
            return plain.substring(0, dot) + "." + hash + "." + ext;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
