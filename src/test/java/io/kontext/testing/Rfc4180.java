package io.kontext.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict reader of CSV as RFC 4180 defines it, for tests: records end with CRLF, a field with a
 * comma, a quote or a line break is quoted and its quotes doubled. Anything else (a bare LF, a
 * quote inside an unquoted field, text after a closing quote) is an {@link IllegalArgumentException}
 * naming the offset.
 */
public final class Rfc4180 {

    private Rfc4180() {
    }

    public static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        throw new IllegalArgumentException("a quoted field is not closed");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                    char c = text.charAt(i);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("a " + (c == '"' ? "quote" : "bare LF")
                                + " in an unquoted field at offset " + i);
                    }
                    field.append(c);
                    i++;
                }
            }
            record.add(field.toString());
            field.setLength(0);
            if (i >= text.length()) {
                throw new IllegalArgumentException("the last record does not end with CRLF");
            }
            char c = text.charAt(i);
            if (c == ',') {
                i++;
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
                records.add(List.copyOf(record));
                record.clear();
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' after a field at offset " + i);
            }
        }
        return records;
    }
}
