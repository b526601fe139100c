package io.kontext.render.visual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * An overview of the timeline as one SVG: a horizontal axis of years and one mark per event,
 * stacked where events share a year, each linked to the event in the list. Positions along the
 * axis are percentages of the column, so marks and year labels keep their size on a phone. The
 * mark's shape follows the event's category style (the same shapes as in the list), so category
 * never rests on colour alone. The SVG is hidden from assistive technology and its links are left
 * out of the tab order: the list below the axis says everything it shows, and the page gives the
 * overview a caption.
 */
public final class TimelineAxis {

    /** One event: its id (the link target), year, style 1-6 and label. */
    public record Mark(String id, int year, int style, String label) {
    }

    static final int ROW = 13;
    /** Room left and right of the axis, in percent of the width. */
    static final double MARGIN = 3;

    private TimelineAxis() {
    }

    /**
     * @param rightToLeft whether time runs from the right, as in a page written right to left
     * @param yearText a year as the page's language writes it
     */
    public static String svg(List<Mark> marks, boolean rightToLeft, IntFunction<String> yearText) {
        int first = marks.stream().mapToInt(Mark::year).min().orElse(0);
        int last = marks.stream().mapToInt(Mark::year).max().orElse(first);
        double slot = (100 - 2 * MARGIN) / Math.max(1, last - first + 1);
        Map<Integer, Integer> stack = new HashMap<>();
        List<String> shapes = new ArrayList<>();
        int maxStack = 0;
        for (Mark m : marks) {
            int level = stack.merge(m.year(), 1, Integer::sum);
            maxStack = Math.max(maxStack, level);
            shapes.add(shape(m, along(MARGIN + (m.year() - first + 0.5) * slot, rightToLeft), 10 + (level - 1) * ROW));
        }
        int axisY = 12 + maxStack * ROW;
        int height = axisY + 24;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"axis\" width=\"100%\" height=\"").append(height)
                .append("\" aria-hidden=\"true\" focusable=\"false\" xmlns=\"http://www.w3.org/2000/svg\">");
        b.append("<line class=\"axis-line\" x1=\"").append(Svg.n(MARGIN)).append("%\" x2=\"")
                .append(Svg.n(100 - MARGIN)).append("%\" y1=\"").append(axisY).append("\" y2=\"").append(axisY)
                .append("\" stroke=\"currentColor\"/>");
        // a label every year fits where there are few years; otherwise every other, and the last
        int step = last - first + 1 > 10 ? 2 : 1;
        for (int y = first; y <= last; y++) {
            String x = Svg.n(along(MARGIN + (y - first + 0.5) * slot, rightToLeft)) + "%";
            b.append("<line class=\"tick\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(axisY).append("\" y2=\"").append(axisY + 4).append("\" stroke=\"currentColor\"/>");
            boolean label = (y - first) % step == 0 ? last - y >= step || y == last : y == last;
            if (label) {
                b.append("<text class=\"tick-label\" x=\"").append(x).append("\" y=\"").append(axisY + 17)
                        .append("\" text-anchor=\"middle\" font-size=\"11\" font-family=\"system-ui, sans-serif\" "
                                + "fill=\"currentColor\">").append(Svg.esc(yearText.apply(y))).append("</text>");
            }
        }
        shapes.forEach(b::append);
        b.append("</svg>");
        return b.toString();
    }

    /** A position along the axis, in percent from the left: measured from the right when time runs that way. */
    private static double along(double fromStart, boolean rightToLeft) {
        return rightToLeft ? 100 - fromStart : fromStart;
    }

    /** A mark centred at {@code x} percent, {@code y} pixels, drawn in its own small coordinate system. */
    private static String shape(Mark m, double x, int y) {
        String cls = "mark cat-" + m.style();
        String body = switch (m.style()) {
            case 2 -> "<path class=\"" + cls + "\" d=\"M0 -5L5 4L-5 4Z\"/>";
            case 3 -> "<rect class=\"" + cls + "\" x=\"-4.5\" y=\"-4.5\" width=\"9\" height=\"9\"/>";
            case 4, 5 -> "<path class=\"" + cls + "\" d=\"M0 -5.5L5.5 0L0 5.5L-5.5 0Z\"/>";
            default -> "<circle class=\"" + cls + "\" r=\"5\"/>";
        };
        return "<a href=\"#" + m.id() + "\" tabindex=\"-1\"><title>" + Svg.esc(m.label()) + "</title><svg x=\""
                + Svg.n(x) + "%\" y=\"" + y + "\" overflow=\"visible\">" + body + "</svg></a>";
    }
}
