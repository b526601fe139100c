package io.kontext.render.visual;

import io.kontext.model.LonLat;
import io.kontext.model.MapFrame;
import io.kontext.model.Outline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A locator map as one inline SVG, projected at build time: country outlines (some highlighted),
 * country names and marked places. No script, no tiles, no request: the outlines come from
 * {@code countries.json} (Natural Earth, converted by {@code src/tools/world-atlas-to-kontext.mjs}),
 * and all words (title, description, labels) come in as parameters, already in the page's language.
 *
 * <p>The {@link Projection} of the {@link MapFrame} is fitted to the width and height so that the
 * frame's region and every marked place lie in it with a margin. Rings are thinned (points closer
 * than half a pixel are dropped) and clipped to the frame, so the SVG stays small.
 *
 * <p>Labels are placed with simple candidate offsets (right, left, above, below, diagonals), each
 * one chosen to overlap the labels and points already placed as little as possible and to stay in
 * the frame. Widths are estimated from the number of characters, as no font is at hand at build
 * time. The output is deterministic: same input, same string.
 */
public final class LocatorMap {

    /** A marked place; label already in the page's language. */
    public record Place(String id, String label, double lon, double lat) {
    }

    /** A country to name on the map, label in the page's language; highlighted ones are drawn darker. */
    public record Label(String countryId, String label, boolean highlighted) {
    }

    /** Points closer than this (px) to the previous one are dropped. */
    private static final double THIN = 0.8;
    /** Points that stray less than this (px) from the line through their neighbours are dropped. */
    private static final double SIMPLIFY = 0.9;
    /** Rings are clipped to the frame grown by this much (px), so clipped edges never show. */
    private static final double CLIP_PAD = 2;

    private static final String FONT = "system-ui, sans-serif";
    /**
     * Colours as presentation attributes, for the map without the stylesheet (print, feeds, a copied SVG):
     * the site's light theme. The stylesheet's rules for the classes win over them.
     */
    private static final String LAND = "#e4e0d8";
    private static final String LAND_HL = "#b9b1a3";
    private static final String PAPER = "#fdfcfa";
    private static final String INK = "#1c1c1c";
    private static final String INK_MUTED = "#55524c";
    private static final double PLACE_FONT = 13;
    private static final double COUNTRY_FONT = 12;
    private static final double COUNTRY_FONT_HL = 13;
    private static final double DOT = 3.5;
    /**
     * Estimated advance of one character, as a fraction of the font size, regular and bold: generous,
     * measured on DejaVu Sans (a wide fallback for system-ui); narrower system fonts only leave more room.
     */
    private static final double CHAR_WIDTH = 0.62;
    private static final double CHAR_WIDTH_BOLD = 0.72;

    private LocatorMap() {
    }

    // ---------------------------------------------------------------------------------------------
    // SVG

    /**
     * The map as an SVG element: role="img", aria-labelledby pointing to a <title> (title) and <desc> (description)
     * with ids prefixed by idPrefix; viewBox width x height; countries as <path>s (class "land", or "land hl" for
     * highlighted countries), places as circles with text labels (class "place"), country names (class "country-label").
     * Deterministic: same input, same string (fixed number formatting with Locale.ROOT, 1 decimal).
     *
     * <p>Each country's path has the id {@code idPrefix-ID}; each place is a {@code <circle class="place">}
     * followed by its {@code <text class="place-label">}; highlighted countries' names have the class
     * {@code country-label hl}. The sea is left transparent (the page's background). Every shape and text also
     * carries fill and stroke attributes, so the map reads without the stylesheet (CSS rules win over them); the
     * labels' halo is their stroke, drawn under the fill ({@code paint-order="stroke"}), in the background colour.
     * A label for a country not in {@code countries} is an IllegalArgumentException.
     */
    public static String svg(List<Outline> countries, List<Label> labels, List<Place> places, MapFrame frame,
                             String title, String description, String idPrefix, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("the map needs a positive width and height");
        }
        Map<String, Outline> byId = new LinkedHashMap<>();
        for (Outline c : countries) {
            byId.put(c.id(), c);
        }
        Map<String, Label> labelled = new LinkedHashMap<>();
        for (Label l : labels) {
            if (!byId.containsKey(l.countryId())) {
                throw new IllegalArgumentException("the map names country '" + l.countryId()
                        + "', which the outlines file does not have");
            }
            labelled.put(l.countryId(), l);
        }
        Projection proj = Projection.fit(frame, places.stream().map(p -> new LonLat(p.lon(), p.lat())).toList(),
                width, height);

        // project, thin and clip every country; draw the largest first so that enclaves stay on top
        List<Shape> shapes = new ArrayList<>();
        for (Outline c : countries) {
            List<List<double[]>> rings = new ArrayList<>();
            for (List<LonLat> ring : c.rings()) {
                List<double[]> xy = clip(simplify(thin(proj, ring), SIMPLIFY),
                        -CLIP_PAD, -CLIP_PAD, width + CLIP_PAD, height + CLIP_PAD);
                if (xy.size() >= 3 && Math.abs(area(xy)) >= 0.25) {
                    rings.add(xy);
                }
            }
            if (!rings.isEmpty()) {
                Label l = labelled.get(c.id());
                shapes.add(new Shape(c.id(), rings, l != null && l.highlighted()));
            }
        }
        shapes.sort(Comparator.comparingDouble((Shape s) -> -s.area()).thenComparing(Shape::id));

        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<svg class=\"locator-map\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(idPrefix).append("-title ").append(idPrefix)
                .append("-desc\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"").append(FONT).append("\">");
        b.append("<title id=\"").append(idPrefix).append("-title\">").append(Svg.esc(title)).append("</title>");
        b.append("<desc id=\"").append(idPrefix).append("-desc\">").append(Svg.esc(description)).append("</desc>");
        for (Shape s : shapes) {
            b.append("<path id=\"").append(idPrefix).append('-').append(Svg.esc(s.id())).append("\" class=\"land")
                    .append(s.highlighted() ? " hl\" fill=\"" + LAND_HL : "\" fill=\"" + LAND)
                    .append("\" stroke=\"").append(PAPER)
                    .append("\" stroke-width=\"0.6\" stroke-linejoin=\"round\" d=\"");
            for (List<double[]> ring : s.rings()) {
                path(ring, b);
            }
            b.append("\"/>");
        }

        Labeller labeller = new Labeller(width, height);
        List<double[]> dots = new ArrayList<>();
        for (Place p : places) {
            dots.add(proj.project(p.lon(), p.lat()));
        }
        labeller.dots(dots);
        // places first, they matter most; then country names around the countries' visible middles
        List<String> placeTexts = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            double[] d = dots.get(i);
            double[] at = labeller.placeLabel(d[0], d[1], places.get(i).label());
            placeTexts.add(text(at, "place-label", places.get(i).label(), PLACE_FONT, "600", INK));
        }
        List<String> countryTexts = new ArrayList<>();
        for (Label l : labels) {
            Shape s = shapes.stream().filter(x -> x.id().equals(l.countryId())).findFirst().orElse(null);
            if (s == null) {
                continue; // the country lies outside the frame
            }
            double size = l.highlighted() ? COUNTRY_FONT_HL : COUNTRY_FONT;
            double[] at = labeller.countryLabel(s.middle(), l.label(), size, l.highlighted());
            countryTexts.add(text(at, l.highlighted() ? "country-label hl" : "country-label", l.label(), size,
                    l.highlighted() ? "700" : "400", l.highlighted() ? INK : INK_MUTED));
        }
        for (String t : countryTexts) {
            b.append(t);
        }
        for (int i = 0; i < places.size(); i++) {
            double[] d = dots.get(i);
            b.append("<circle class=\"place\" cx=\"").append(Svg.n(d[0])).append("\" cy=\"").append(Svg.n(d[1]))
                    .append("\" r=\"").append(Svg.n(DOT)).append("\" fill=\"").append(INK).append("\" stroke=\"")
                    .append(PAPER).append("\" stroke-width=\"1.2\"/>").append(placeTexts.get(i));
        }
        b.append("</svg>");
        return b.toString();
    }

    /**
     * One ring as "M x,y l dx,dy dx,dy ... z": relative steps between the points rounded to 0.1 px, so the
     * rounding never adds up, and steps that round to nothing are left out.
     */
    private static void path(List<double[]> ring, StringBuilder b) {
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
    private static String tenths(long t) {
        long a = Math.abs(t);
        String s = a % 10 == 0 ? Long.toString(a / 10) : (a / 10) + "." + (a % 10);
        return t < 0 ? "-" + s : s;
    }

    /** A text with a light halo (drawn under the fill), at {x, y, anchor} as the labeller chose. */
    private static String text(double[] at, String cls, String label, double size, String weight, String fill) {
        String anchor = at[2] < 0 ? "end" : at[2] > 0 ? "start" : "middle";
        return "<text class=\"" + cls + "\" x=\"" + Svg.n(at[0]) + "\" y=\"" + Svg.n(at[1]) + "\" text-anchor=\""
                + anchor + "\" font-family=\"" + FONT + "\" font-size=\"" + Svg.n(size) + "px\" font-weight=\""
                + weight + "\" fill=\"" + fill + "\" stroke=\"" + PAPER + "\" stroke-width=\"3\" "
                + "stroke-linejoin=\"round\" paint-order=\"stroke\">" + Svg.esc(label) + "</text>";
    }

    // ---------------------------------------------------------------------------------------------
    // geometry

    /** A country as drawn: its clipped rings in pixels. */
    private record Shape(String id, List<List<double[]>> rings, boolean highlighted) {

        double area() {
            double a = 0;
            for (List<double[]> r : rings) {
                a += Math.abs(LocatorMap.area(r));
            }
            return a;
        }

        /** The centroid of the largest visible ring: where the country's name goes. */
        double[] middle() {
            List<double[]> best = rings.get(0);
            for (List<double[]> r : rings) {
                if (Math.abs(LocatorMap.area(r)) > Math.abs(LocatorMap.area(best))) {
                    best = r;
                }
            }
            double a = 0;
            double cx = 0;
            double cy = 0;
            for (int i = 0, j = best.size() - 1; i < best.size(); j = i++) {
                double[] p = best.get(j);
                double[] q = best.get(i);
                double cross = p[0] * q[1] - q[0] * p[1];
                a += cross;
                cx += (p[0] + q[0]) * cross;
                cy += (p[1] + q[1]) * cross;
            }
            double[] c = Math.abs(a) < 1e-9 ? best.get(0).clone() : new double[] {cx / (3 * a), cy / (3 * a)};
            return inside(best, c) ? c : widest(best, c[1]);
        }

        /** The middle of the widest stretch of the ring along the line y (for rings bent round their centroid). */
        private static double[] widest(List<double[]> ring, double y) {
            List<Double> xs = new ArrayList<>();
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                double[] p = ring.get(j);
                double[] q = ring.get(i);
                if ((p[1] > y) != (q[1] > y)) {
                    xs.add(p[0] + (y - p[1]) / (q[1] - p[1]) * (q[0] - p[0]));
                }
            }
            xs.sort(null);
            double[] best = ring.get(0).clone();
            double widest = -1;
            for (int k = 0; k + 1 < xs.size(); k += 2) {
                if (xs.get(k + 1) - xs.get(k) > widest) {
                    widest = xs.get(k + 1) - xs.get(k);
                    best = new double[] {(xs.get(k) + xs.get(k + 1)) / 2, y};
                }
            }
            return best;
        }

        private static boolean inside(List<double[]> ring, double[] pt) {
            boolean in = false;
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                double[] p = ring.get(j);
                double[] q = ring.get(i);
                if ((q[1] > pt[1]) != (p[1] > pt[1])
                        && pt[0] < (p[0] - q[0]) * (pt[1] - q[1]) / (p[1] - q[1]) + q[0]) {
                    in = !in;
                }
            }
            return in;
        }
    }

    /** Signed area (shoelace) of a ring in pixels. */
    static double area(List<double[]> ring) {
        double a = 0;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            a += ring.get(j)[0] * ring.get(i)[1] - ring.get(i)[0] * ring.get(j)[1];
        }
        return a / 2;
    }

    /** Projects a ring and drops each point closer than {@link #THIN} px to the last one kept. */
    private static List<double[]> thin(Projection proj, List<LonLat> ring) {
        List<double[]> out = new ArrayList<>(ring.size());
        double[] last = null;
        for (LonLat ll : ring) {
            double[] p = proj.project(ll.lon(), ll.lat());
            if (last == null || Math.hypot(p[0] - last[0], p[1] - last[1]) >= THIN) {
                out.add(p);
                last = p;
            }
        }
        return out;
    }

    /** Douglas–Peucker on a closed ring: keeps the points that stray more than {@code tolerance} px. */
    static List<double[]> simplify(List<double[]> ring, double tolerance) {
        if (ring.size() <= 4) {
            return ring;
        }
        int far = 0;
        double farthest = -1;
        for (int i = 1; i < ring.size(); i++) {
            double d = Math.hypot(ring.get(i)[0] - ring.get(0)[0], ring.get(i)[1] - ring.get(0)[1]);
            if (d > farthest) {
                farthest = d;
                far = i;
            }
        }
        boolean[] keep = new boolean[ring.size() + 1];
        keep[0] = true;
        keep[far] = true;
        keep[ring.size()] = true;
        List<double[]> closed = new ArrayList<>(ring);
        closed.add(ring.get(0));
        mark(closed, 0, far, tolerance, keep);
        mark(closed, far, ring.size(), tolerance, keep);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < ring.size(); i++) {
            if (keep[i]) {
                out.add(ring.get(i));
            }
        }
        return out;
    }

    private static void mark(List<double[]> pts, int from, int to, double tolerance, boolean[] keep) {
        // an explicit stack instead of recursion: rings have thousands of points
        java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
        stack.push(new int[] {from, to});
        while (!stack.isEmpty()) {
            int[] span = stack.pop();
            double[] a = pts.get(span[0]);
            double[] c = pts.get(span[1]);
            double dx = c[0] - a[0];
            double dy = c[1] - a[1];
            double len = Math.hypot(dx, dy);
            int worst = -1;
            double worstD = tolerance;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double[] p = pts.get(i);
                double d = len == 0 ? Math.hypot(p[0] - a[0], p[1] - a[1])
                        : Math.abs(dx * (a[1] - p[1]) - dy * (a[0] - p[0])) / len;
                if (d > worstD) {
                    worstD = d;
                    worst = i;
                }
            }
            if (worst >= 0) {
                keep[worst] = true;
                stack.push(new int[] {span[0], worst});
                stack.push(new int[] {worst, span[1]});
            }
        }
    }

    /** Sutherland–Hodgman clipping of a ring to a rectangle; empty if nothing is left. */
    static List<double[]> clip(List<double[]> ring, double x0, double y0, double x1, double y1) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : ring) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        if (maxX < x0 || minX > x1 || maxY < y0 || minY > y1) {
            return List.of();
        }
        if (minX >= x0 && maxX <= x1 && minY >= y0 && maxY <= y1) {
            return ring;
        }
        List<double[]> out = ring;
        for (int edge = 0; edge < 4 && !out.isEmpty(); edge++) {
            List<double[]> in = out;
            out = new ArrayList<>(in.size() + 4);
            for (int i = 0; i < in.size(); i++) {
                double[] cur = in.get(i);
                double[] prev = in.get((i + in.size() - 1) % in.size());
                boolean curIn = inside(cur, edge, x0, y0, x1, y1);
                boolean prevIn = inside(prev, edge, x0, y0, x1, y1);
                if (curIn) {
                    if (!prevIn) {
                        out.add(cross(prev, cur, edge, x0, y0, x1, y1));
                    }
                    out.add(cur);
                } else if (prevIn) {
                    out.add(cross(prev, cur, edge, x0, y0, x1, y1));
                }
            }
        }
        return out;
    }

    private static boolean inside(double[] p, int edge, double x0, double y0, double x1, double y1) {
        return switch (edge) {
            case 0 -> p[0] >= x0;
            case 1 -> p[0] <= x1;
            case 2 -> p[1] >= y0;
            default -> p[1] <= y1;
        };
    }

    private static double[] cross(double[] a, double[] b, int edge, double x0, double y0, double x1, double y1) {
        if (edge < 2) {
            double x = edge == 0 ? x0 : x1;
            double t = (x - a[0]) / (b[0] - a[0]);
            return new double[] {x, a[1] + t * (b[1] - a[1])};
        }
        double y = edge == 2 ? y0 : y1;
        double t = (y - a[1]) / (b[1] - a[1]);
        return new double[] {a[0] + t * (b[0] - a[0]), y};
    }

    // ---------------------------------------------------------------------------------------------
    // labels

    /** Places labels one at a time where they overlap what is already placed the least. */
    private static final class Labeller {

        private final double width;
        private final double height;
        private final List<double[]> boxes = new ArrayList<>();

        Labeller(double width, double height) {
            this.width = width;
            this.height = height;
        }

        void dots(List<double[]> dots) {
            for (double[] d : dots) {
                boxes.add(new double[] {d[0] - DOT - 1, d[1] - DOT - 1, d[0] + DOT + 1, d[1] + DOT + 1});
            }
        }

        /** {x, y, anchor} for a place's label; anchor -1 end, 0 middle, 1 start. */
        double[] placeLabel(double x, double y, String label) {
            double w = width(label, PLACE_FONT, true);
            double gap = DOT + 3;
            double up = PLACE_FONT * 0.35; // baseline offset that centres the text on the dot
            double[][] candidates = {
                {x + gap, y + up, 1}, {x - gap, y + up, -1},
                {x + gap - 1, y - gap + 1, 1}, {x + gap - 1, y + gap + PLACE_FONT * 0.7, 1},
                {x - gap + 1, y - gap + 1, -1}, {x - gap + 1, y + gap + PLACE_FONT * 0.7, -1},
                {x, y - gap - 1, 0}, {x, y + gap + PLACE_FONT * 0.75, 0},
            };
            return choose(candidates, w, PLACE_FONT, 0);
        }

        /** {x, y, anchor} for a country's name, centred near its visible middle. */
        double[] countryLabel(double[] middle, String label, double size, boolean bold) {
            double w = width(label, size, bold);
            double x = Math.max(w / 2 + 4, Math.min(width - w / 2 - 4, middle[0]));
            double y = Math.max(size + 4, Math.min(height - 6, middle[1] + size * 0.35));
            double[][] candidates = {
                {x, y, 0}, {x - w * 0.3, y, 0}, {x + w * 0.3, y, 0}, {x, y + size * 1.4, 0},
                {x, y - size * 1.4, 0}, {x - w * 0.6, y, 0}, {x + w * 0.6, y, 0},
                {x, y + size * 2.8, 0}, {x, y - size * 2.8, 0},
                {x - w * 0.6, y - size * 1.4, 0}, {x + w * 0.6, y + size * 1.4, 0},
                {x - w * 0.6, y + size * 1.4, 0}, {x + w * 0.6, y - size * 1.4, 0},
            };
            return choose(candidates, w, size, 0.5);
        }

        private double[] choose(double[][] candidates, double w, double size, double preference) {
            double[] best = null;
            double bestCost = Double.MAX_VALUE;
            double[] bestBox = null;
            for (int i = 0; i < candidates.length; i++) {
                double[] c = candidates[i];
                double left = c[2] > 0 ? c[0] : c[2] < 0 ? c[0] - w : c[0] - w / 2;
                double[] box = {left - 2, c[1] - size * 0.85, left + w + 2, c[1] + size * 0.3};
                double cost = i * (1 + preference);
                for (double[] o : boxes) {
                    cost += 100 * overlap(box, o);
                }
                cost += 100 * outside(box);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = c;
                    bestBox = box;
                }
            }
            boxes.add(bestBox);
            return best;
        }

        private double outside(double[] b) {
            double inW = Math.max(0, Math.min(b[2], width - 2) - Math.max(b[0], 2));
            double inH = Math.max(0, Math.min(b[3], height - 2) - Math.max(b[1], 2));
            return (b[2] - b[0]) * (b[3] - b[1]) - inW * inH;
        }

        private static double overlap(double[] a, double[] b) {
            double w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
            double h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
            return w > 0 && h > 0 ? w * h : 0;
        }

        private static double width(String label, double size, boolean bold) {
            return label.codePointCount(0, label.length()) * size * (bold ? CHAR_WIDTH_BOLD : CHAR_WIDTH);
        }
    }
}
