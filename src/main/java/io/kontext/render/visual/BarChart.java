package io.kontext.render.visual;

import java.util.List;

/**
 * A horizontal bar chart as one SVG, drawn in CSS pixels rather than scaled from a view box: the
 * bars' lengths are percentages of the column, so text stays the same size on a phone and on a
 * desktop. Each row is a label above a bar with its value at the bar's end. All words and
 * formatted numbers come in as parameters; the page shows the same numbers in a table.
 */
public final class BarChart {

    /** One bar: its label and the value, and the value as it is written in the page's language. */
    public record Bar(String label, double value, String formatted) {
    }

    static final int LABEL = 18;
    static final int BAR = 16;
    static final int GAP = 12;
    /** The longest bar's share of the width: the rest is room for its value. */
    static final double LONGEST = 78;

    private BarChart() {
    }

    /**
     * @param rightToLeft whether the page is written right to left: labels and bars then start at the
     *     right edge and grow to the left (the text's start, with {@code direction: rtl} inherited
     *     from the page, is its right end)
     */
    public static String svg(List<Bar> bars, String title, String description, String idPrefix,
            boolean rightToLeft) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        int row = LABEL + BAR + GAP;
        int height = bars.size() * row;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart\" width=\"100%\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(idPrefix).append("-title ").append(idPrefix)
                .append("-desc\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, sans-serif\" "
                        + "font-size=\"14\">");
        b.append("<title id=\"").append(idPrefix).append("-title\">").append(Svg.esc(title)).append("</title>");
        b.append("<desc id=\"").append(idPrefix).append("-desc\">").append(Svg.esc(description)).append("</desc>");
        int y = 0;
        for (Bar bar : bars) {
            double pct = max <= 0 ? 0 : Math.max(0.3, bar.value() / max * LONGEST);
            b.append("<text class=\"bar-label\" x=\"").append(rightToLeft ? "100%" : "0").append("\" y=\"")
                    .append(y + 14).append("\" fill=\"currentColor\">").append(Svg.esc(bar.label())).append("</text>");
            b.append("<rect class=\"bar\" x=\"").append(rightToLeft ? Svg.n(100 - pct) + "%" : "0").append("\" y=\"")
                    .append(y + LABEL).append("\" width=\"").append(Svg.n(pct))
                    .append("%\" height=\"").append(BAR).append("\" fill=\"#0b5cad\"/>");
            b.append("<text class=\"bar-value\" x=\"").append(Svg.n(rightToLeft ? 100 - pct : pct))
                    .append(rightToLeft ? "%\" dx=\"-6\" y=\"" : "%\" dx=\"6\" y=\"")
                    .append(y + LABEL + BAR - 3).append("\" fill=\"currentColor\">").append(Svg.esc(bar.formatted()))
                    .append("</text>");
            y += row;
        }
        b.append("</svg>");
        return b.toString();
    }
}
