package io.kontext.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The path the site is published under ({@code /nordkorea-arbetare/}): the preview serves the site
 * there too, so that absolute paths and the 404 page behave as they will when published. It comes
 * from {@code --base-url} or else {@code baseUrl} in {@code site/site.yaml}, read leniently here:
 * the build reads the file strictly and reports every problem in it, and until it is fixed the
 * preview keeps the path it had.
 */
final class BasePath {

    private BasePath() {
    }

    /** The path of {@code --base-url} when given, else of {@code baseUrl} in the project's site.yaml. */
    static Optional<String> of(Path project, Optional<String> baseUrl) {
        return baseUrl.isPresent() ? ofUrl(baseUrl.get()) : configured(project);
    }

    private static Optional<String> configured(Path project) {
        try {
            String text = Files.readString(project.resolve("site").resolve("site.yaml"), StandardCharsets.UTF_8);
            Object root = new Load(LoadSettings.builder().setMaxAliasesForCollections(10).build()).loadFromString(text);
            if (root instanceof Map<?, ?> map && map.get("baseUrl") instanceof String url) {
                return ofUrl(url);
            }
            return Optional.empty();
        } catch (IOException | YamlEngineException e) {
            return Optional.empty();
        }
    }

    static Optional<String> ofUrl(String url) {
        try {
            String path = new URI(url.strip()).getPath();
            if (path == null || !path.startsWith("/") || !path.endsWith("/")) {
                return Optional.empty();
            }
            return Optional.of(path);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
