package io.kontext.render.visual;

import java.util.List;

/**
 * A country as drawn: its rings projected, simplified and clipped to the frame, in pixels.
 *
 * @param rings at least one, each of at least three points
 */
record Shape(String id, List<List<double[]>> rings, boolean highlighted) {

    /** The visible area in square pixels: larger countries are drawn first, so enclaves stay on top. */
    double area() {
        double a = 0;
        for (List<double[]> r : rings) {
            a += Math.abs(Rings.area(r));
        }
        return a;
    }

    /**
     * Where the country's name goes: the centroid of its largest visible ring, or, when the ring is
     * bent round its centroid, the middle of its widest stretch at the centroid's height.
     */
    double[] middle() {
        List<double[]> best = rings.get(0);
        for (List<double[]> r : rings) {
            if (Math.abs(Rings.area(r)) > Math.abs(Rings.area(best))) {
                best = r;
            }
        }
        double[] c = Rings.centroid(best);
        return Rings.contains(best, c) ? c : Rings.widest(best, c[1]);
    }
}
