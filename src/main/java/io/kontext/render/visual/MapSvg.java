package io.kontext.render.visual;

import java.util.List;

/**
 * Writes a locator map's SVG element, in the order it is drawn: the land, the country names, then
 * each place's dot with its name, so that names and dots are never under the land. Sizes and
 * colours are decided here; where things go, by the caller.
 *
 * <p>Every shape and text carries fill and stroke attributes in the site's light theme, so the map
 * reads without the stylesheet (print, feeds, a copied SVG); the stylesheet's rules for the classes
 * win over them. Numbers have at most one decimal, written the same on every machine.
 */
final class MapSvg {

    static final double PLACE_FONT = 13;
    static final double COUNTRY_FONT = 12;
    static final double COUNTRY_FONT_HL = 13;
    /** The radius of a place's dot. */
    static final double DOT = 3.5;

    private static final String FONT = "system-ui, sans-serif";
    private static final String LAND = "#e4e0d8";
    private static final String LAND_HL = "#b9b1a3";
    private static final String PAPER = "#fdfcfa";
    private static final String INK = "#1c1c1c";
    private static final String INK_MUTED = "#55524c";

    private final String idPrefix;
    private final StringBuilder b = new StringBuilder(64 * 1024);

    /** Opens the element: viewBox width x height, labelled by its title and description (ids from idPrefix). */
    MapSvg(String idPrefix, int width, int height, String title, String description) {
        this.idPrefix = idPrefix;
        b.append("<svg class=\"locator-map\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(idPrefix).append("-title ").append(idPrefix)
                .append("-desc\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"").append(FONT).append("\">");
        b.append("<title id=\"").append(idPrefix).append("-title\">").append(Svg.esc(title)).append("</title>");
        b.append("<desc id=\"").append(idPrefix).append("-desc\">").append(Svg.esc(description)).append("</desc>");
    }

    /** The font size of a country's name. */
    static double countryFont(boolean highlighted) {
        return highlighted ? COUNTRY_FONT_HL : COUNTRY_FONT;
    }

    /** A country as one path, id {@code idPrefix-ID}, class {@code land} or {@code land hl}. */
    void land(Shape s) {
        b.append("<path id=\"").append(idPrefix).append('-').append(Svg.esc(s.id())).append("\" class=\"land")
                .append(s.highlighted() ? " hl\" fill=\"" + LAND_HL : "\" fill=\"" + LAND)
                .append("\" stroke=\"").append(PAPER)
                .append("\" stroke-width=\"0.6\" stroke-linejoin=\"round\" d=\"");
        for (List<double[]> ring : s.rings()) {
            path(ring, b);
        }
        b.append("\"/>");
    }

    /** A country's name, class {@code country-label} (with {@code hl}, bold and darker, when highlighted). */
    void countryName(Labeller.Spot at, String label, boolean highlighted) {
        text(at, highlighted ? "country-label hl" : "country-label", label, countryFont(highlighted),
                highlighted ? "700" : "400", highlighted ? INK : INK_MUTED);
    }

    /** A place: a {@code <circle class="place">} at {x, y}, then its {@code <text class="place-label">}. */
    void place(double[] dot, Labeller.Spot at, String label) {
        b.append("<circle class=\"place\" cx=\"").append(Svg.n(dot[0])).append("\" cy=\"").append(Svg.n(dot[1]))
                .append("\" r=\"").append(Svg.n(DOT)).append("\" fill=\"").append(INK).append("\" stroke=\"")
                .append(PAPER).append("\" stroke-width=\"1.2\"/>");
        text(at, "place-label", label, PLACE_FONT, "600", INK);
    }

    /** Closes the element and returns it. */
    String end() {
        b.append("</svg>");
        return b.toString();
    }

    /**
     * A text with a halo: its stroke, in the paper's colour, drawn under the fill
     * ({@code paint-order="stroke"}), so it reads over borders.
     */
    private void text(Labeller.Spot at, String cls, String label, double size, String weight, String fill) {
        b.append("<text class=\"").append(cls).append("\" x=\"").append(Svg.n(at.x())).append("\" y=\"")
                .append(Svg.n(at.y())).append("\" text-anchor=\"").append(at.anchor().svg)
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"").append(Svg.n(size))
                .append("px\" font-weight=\"").append(weight).append("\" fill=\"").append(fill)
                .append("\" stroke=\"").append(PAPER).append("\" stroke-width=\"3\" ")
                .append("stroke-linejoin=\"round\" paint-order=\"stroke\">").append(Svg.esc(label)).append("</text>");
    }

    /**
     * One ring as "M x,y l dx,dy dx,dy ... z": relative steps between the points rounded to 0.1 px, so the
     * rounding never adds up, and steps that round to nothing are left out.
     */
    static void path(List<double[]> ring, StringBuilder b) {
        long lastX = Math.round(ring.get(0)[0] * 10);
        long lastY = Math.round(ring.get(0)[1] * 10);
        b.append('M').append(tenths(lastX)).append(',').append(tenths(lastY)).append('l');
        boolean first = true;
        for (int i = 1; i < ring.size(); i++) {
            long x = Math.round(ring.get(i)[0] * 10);
            long y = Math.round(ring.get(i)[1] * 10);
            if (x == lastX && y == lastY) {
                continue;
            }
            if (!first) {
                b.append(' ');
            }
            first = false;
            b.append(tenths(x - lastX)).append(',').append(tenths(y - lastY));
            lastX = x;
            lastY = y;
        }
        if (first) {
            b.append("0,0");
        }
        b.append('z');
    }

    /** A number of tenths written with at most one decimal, the same on every machine: 12 -> "1.2", -5 -> "-0.5". */
    static String tenths(long t) {
        long a = Math.abs(t);
        String s = a % 10 == 0 ? Long.toString(a / 10) : (a / 10) + "." + (a % 10);
        return t < 0 ? "-" + s : s;
    }
}
