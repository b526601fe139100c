package io.kontext.render;

import java.util.List;

/**
 * CSV as RFC 4180 writes it: a header row, CRLF after every row, and a field in double quotes
 * (with its quotes doubled) when it holds a comma, a quote, a line break or space at either end.
 * UTF-8 without a byte-order mark.
 */
final class Csv {

    private final StringBuilder out = new StringBuilder();

    Csv(List<String> header) {
        row(header);
    }

    Csv row(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String field(String value) {
        String v = value == null ? "" : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || !v.equals(v.strip());
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
