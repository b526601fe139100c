package io.kontext.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The response headers that the {@code _headers} files of built sites give (the Netlify and
 * Cloudflare Pages format Kontext writes), for a {@link StaticServer} that serves those sites as
 * such a host would: each path gets the headers of every block whose pattern ({@code *} matches
 * anything) matches it.
 */
final class HeadersFile {

    /** One block of the file: a path pattern and its headers. */
    record Rule(Pattern path, Map<String, String> headers) {
    }

    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    /** Adds the blocks of one {@code _headers} file. */
    HeadersFile add(Path file) {
        rules.addAll(parse(file));
        return this;
    }

    /** The headers for a request path ("/name/embed/en/timeline/"). */
    Map<String, String> headersFor(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.path().matcher(path).matches()) {
                headers.putAll(rule.headers());
            }
        }
        return headers;
    }

    static List<Rule> parse(Path file) {
        List<Rule> rules = new ArrayList<>();
        Map<String, String> current = null;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!Character.isWhitespace(line.charAt(0))) {
                    current = new LinkedHashMap<>();
                    String regex = Stream.of(line.trim().split("\\*", -1)).map(Pattern::quote)
                            .reduce((a, b) -> a + ".*" + b).orElseThrow();
                    rules.add(new Rule(Pattern.compile(regex), current));
                } else if (current != null) {
                    int colon = line.indexOf(':');
                    if (colon < 0) {
                        throw new IllegalArgumentException(file + ": not a header line: " + line);
                    }
                    current.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                } else {
                    throw new IllegalArgumentException(file + ": a header before any path: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }
}
