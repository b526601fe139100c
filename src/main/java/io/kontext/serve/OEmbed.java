package io.kontext.serve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the preview needs of an embed's {@code oembed.json}: its title and its copy-paste code
 * ({@code html}). Read with a small reader for the flat objects Kontext writes: a value that is not
 * a string is skipped, anything else malformed gives nothing.
 */
record OEmbed(String title, String html) {

    static Optional<OEmbed> parse(String json) {
        try {
            Map<String, String> fields = new Reader(json).object();
            String html = fields.get("html");
            return html == null ? Optional.empty() : Optional.of(new OEmbed(fields.getOrDefault("title", ""), html));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        Map<String, String> object() {
            Map<String, String> out = new LinkedHashMap<>();
            expect('{');
            if (peek() == '}') {
                i++;
                return out;
            }
            do {
                String key = string();
                expect(':');
                if (peek() == '"') {
                    out.put(key, string());
                } else {
                    scalar();
                }
            } while (next() == ',');
            i--;
            expect('}');
            return out;
        }

        private void scalar() {
            skipSpace();
            int start = i;
            while (i < s.length() && ",}".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String v = s.substring(start, i).strip();
            if (!v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?|true|false|null")) {
                throw new IllegalArgumentException("not a scalar: " + v);
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = at(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = at(i++);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw new IllegalArgumentException("short \\u escape");
                        }
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape \\" + e);
                }
            }
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
            }
        }

        private char next() {
            skipSpace();
            return at(i++);
        }

        private char peek() {
            skipSpace();
            return at(i);
        }

        private char at(int k) {
            if (k >= s.length()) {
                throw new IllegalArgumentException("unexpected end");
            }
            return s.charAt(k);
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
