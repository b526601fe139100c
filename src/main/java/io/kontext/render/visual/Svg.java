package io.kontext.render.visual;

import java.util.Locale;

/** Small helpers for writing SVG by hand: fixed number format and XML escaping. */
public final class Svg {

    private Svg() {
    }

    /** A coordinate with one decimal, the same on every machine ("12.5", "-3", never "12,5"). */
    public static String n(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(Locale.ROOT, "%.1f", r);
    }

    public static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
