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
 * <p>The steps, each its own class: the {@link Projection} of the {@link MapFrame}, fitted to the
 * width and height so that the frame's region and every place lie in it with a margin; the rings
 * thinned, simplified and clipped to the frame ({@link Rings}), so the SVG stays small; the labels
 * placed where they overlap least ({@link Labeller}); the SVG written ({@link MapSvg}). The output
 * is deterministic: same input, same string.
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
    /** Rings smaller than this (square px) are left out: they would draw as nothing but bytes. */
    private static final double MIN_AREA = 0.25;

    private LocatorMap() {
    }

    /**
     * The map as an SVG element: role="img", aria-labelledby pointing to a <title> (title) and <desc> (description)
     * with ids prefixed by idPrefix; viewBox width x height; countries as <path>s (class "land", or "land hl" for
     * highlighted countries), places as circles with text labels (class "place"), country names (class "country-label").
     *
     * <p>Each country's path has the id {@code idPrefix-ID}; each place is a {@code <circle class="place">}
     * followed by its {@code <text class="place-label">}; highlighted countries' names have the class
     * {@code country-label hl}. The sea is left transparent (the page's background). A country that lies outside
     * the frame is neither drawn nor named. A label for a country not in {@code countries} is an
     * IllegalArgumentException: the load stage has checked the map's countries against its outlines.
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
        List<Shape> shapes = shapes(countries, labelled, proj, width, height);

        List<double[]> dots = new ArrayList<>();
        for (Place p : places) {
            dots.add(proj.project(p.lon(), p.lat()));
        }
        Labeller labeller = new Labeller(width, height, MapSvg.DOT);
        labeller.dots(dots);
        // places first, they matter most; then country names around the countries' visible middles
        List<Labeller.Spot> placeSpots = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            double[] d = dots.get(i);
            placeSpots.add(labeller.placeLabel(d[0], d[1], places.get(i).label(), MapSvg.PLACE_FONT));
        }
        MapSvg svg = new MapSvg(idPrefix, width, height, title, description);
        shapes.forEach(svg::land);
        for (Label l : labels) {
            Shape s = shapes.stream().filter(x -> x.id().equals(l.countryId())).findFirst().orElse(null);
            if (s != null) {
                svg.countryName(labeller.countryLabel(s.middle(), l.label(), MapSvg.countryFont(l.highlighted()),
                        l.highlighted()), l.label(), l.highlighted());
            }
        }
        for (int i = 0; i < places.size(); i++) {
            svg.place(dots.get(i), placeSpots.get(i), places.get(i).label());
        }
        return svg.end();
    }

    /**
     * Every country that shows in the frame, projected, thinned, simplified and clipped; the largest
     * first, so that enclaves are drawn on top.
     */
    private static List<Shape> shapes(List<Outline> countries, Map<String, Label> labelled, Projection proj,
            int width, int height) {
        List<Shape> shapes = new ArrayList<>();
        for (Outline c : countries) {
            List<List<double[]>> rings = new ArrayList<>();
            for (List<LonLat> ring : c.rings()) {
                List<double[]> xy = Rings.clip(Rings.simplify(Rings.thin(proj.project(ring), THIN), SIMPLIFY),
                        -CLIP_PAD, -CLIP_PAD, width + CLIP_PAD, height + CLIP_PAD);
                if (xy.size() >= 3 && Math.abs(Rings.area(xy)) >= MIN_AREA) {
                    rings.add(xy);
                }
            }
            if (!rings.isEmpty()) {
                Label l = labelled.get(c.id());
                shapes.add(new Shape(c.id(), rings, l != null && l.highlighted()));
            }
        }
        shapes.sort(Comparator.comparingDouble((Shape s) -> -s.area()).thenComparing(Shape::id));
        return shapes;
    }
}
