package io.kontext.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A request path that is safe to look up: decoded exactly once, as strict UTF-8, and made of plain
 * segments. The site is looked up in memory, so nothing on disk is reachable anyway; refusing odd
 * paths early keeps them away from the 404 page and the preview pages too, and makes the refusal
 * visible (400) instead of relying on the lookup missing.
 *
 * <p>Refused: a path that is not absolute; characters outside printable ASCII before decoding; a
 * malformed escape; a backslash, NUL or control character in any form; a {@code %} left after
 * decoding (double encoding); and {@code .}, {@code ..} or empty segments ({@code //}).
 *
 * @param value the decoded path, starting with {@code /}
 */
record RequestPath(String value) {

    private static final int LONGEST = 2048;

    static Optional<RequestPath> parse(String raw) {
        if (raw == null || raw.isEmpty() || raw.charAt(0) != '/' || raw.length() > LONGEST) {
            return Optional.empty();
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c > '~' || c == '\\') {
                return Optional.empty();
            }
        }
        Optional<String> decoded = decode(raw);
        if (decoded.isEmpty() || !plain(decoded.get())) {
            return Optional.empty();
        }
        return Optional.of(new RequestPath(decoded.get()));
    }

    boolean isFolder() {
        return value.endsWith("/");
    }

    private static Optional<String> decode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.put((byte) (hi << 4 | lo));
                i += 2;
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean plain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < ' ' || c == 0x7f || c == '\\' || c == '%' || (c >= 0x80 && c <= 0x9f)) {
                return false;
            }
        }
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            boolean last = i == segments.length - 1;
            if (s.equals(".") || s.equals("..") || (s.isEmpty() && !last)) {
                return false;
            }
        }
        return true;
    }
}
