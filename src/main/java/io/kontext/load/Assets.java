package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.layout.Layout;
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
 * ({@code templates/assets/}) and the explainer's own files ({@code site/assets/}), read when the
 * project is loaded. Stylesheets and scripts get the hash of their content in their name
 * ({@code kontext.3f2a9c1b2d.css}), so they can be cached for a year and a change always reaches
 * readers; pages ask for them by their plain name ({@link #path}).
 */
public final class Assets {

    /** The stylesheet and scripts every site needs, by their plain names under {@code assets/}. */
    public static final String STYLESHEET = "kontext.css";
    public static final String SCRIPT = "kontext.js";
    public static final String EMBED_LOADER = "embed-loader.js";
    public static final String EMBED_SCRIPT = "embed.js";
    private static final List<String> REQUIRED = List.of(STYLESHEET, SCRIPT, EMBED_SCRIPT, EMBED_LOADER);

    /** One file: its output path (fingerprinted where it is a stylesheet or script), bytes and origin. */
    public record Asset(String path, byte[] content, String origin) {
    }

    private final Map<String, Asset> files = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    private Assets() {
    }

    static Assets read(Project project, Layout layout, Diagnostics diagnostics) {
        Assets a = new Assets();
        for (Path folder : project.assetFolders()) {
            a.add(project, layout, folder, diagnostics);
        }
        List<String> missing = REQUIRED.stream().filter(n -> !a.has(n)).toList();
        if (!missing.isEmpty()) {
            diagnostics.error(Position.ofFile("templates/assets"), "assets", "the templates' assets are incomplete: "
                    + String.join(", ", missing) + " missing",
                    "templates/assets/ needs " + String.join(", ", REQUIRED));
        }
        return a;
    }

    /** The output path of an asset by its plain name ("kontext.css" is at "assets/kontext.3f2a9c1b2d.css"). */
    public String path(String name) {
        String path = names.get(name);
        if (path == null) {
            throw new IllegalStateException("no asset " + name);
        }
        return path;
    }

    public boolean has(String name) {
        return names.containsKey(name);
    }

    /** The Subresource Integrity value of an asset ("sha384-..."). */
    public String integrity(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-384").digest(files.get(path(name)).content());
            return "sha384-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-384 is part of every Java runtime", e);
        }
    }

    public List<Asset> files() {
        return List.copyOf(files.values());
    }

    private void add(Project project, Layout layout, Path dir, Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.endsWith("~") || name.equals("Thumbs.db")) {
                    continue;
                }
                String plain = dir.relativize(p).toString().replace('\\', '/');
                if (names.containsKey(plain)) {
                    diagnostics.error(Position.ofFile(project.relative(p)), "output-collision",
                            project.relative(p) + " would overwrite " + files.get(names.get(plain)).origin() + " at /"
                                    + layout.asset(plain).path(), "rename one of the two files");
                    continue;
                }
                Path real = p.toRealPath();
                if (!real.startsWith(project.root().toRealPath())) {
                    diagnostics.error(Position.ofFile(project.relative(p)), "outside-project",
                            project.relative(p) + " leads outside the project", "copy the file into the project");
                    continue;
                }
                byte[] bytes = Files.readAllBytes(real);
                String path = fingerprinted(layout.asset(plain).path(), bytes);
                names.put(plain, path);
                files.put(path, new Asset(path, bytes, project.relative(p)));
            }
        } catch (IOException e) {
            diagnostics.error(Position.ofFile(project.relative(dir)), "unreadable",
                    "cannot read " + project.relative(dir) + ": " + e.getMessage(), null);
        }
    }

    /** Stylesheets and scripts carry the hash of their content in their name. */
    static String fingerprinted(String path, byte[] bytes) {
        if (!path.endsWith(".css") && !path.endsWith(".js")) {
            return path;
        }
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
            return Layout.fingerprinted(path, hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
