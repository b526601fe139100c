package io.kontext.model;

import java.util.List;

/**
 * What a locator map shows of the earth, and how: a Lambert conformal conic projection (its central
 * meridian and two standard parallels), the points that must lie in the frame, and the margin left
 * around them. The drawing scales and centres the frame to its width and height, so one frame
 * serves every size of a map.
 *
 * <p>Degrees and fractions only, nothing in pixels or in any one map's words, so that a frame can
 * be written by hand or fitted to a map's countries and places: a central meridian in the middle
 * of their longitudes, standard parallels a sixth of their latitudes in from either edge (the
 * usual rule for a conic), their extremes as the region.
 *
 * @param centralMeridian the longitude drawn upright, in degrees east
 * @param parallel1 a standard parallel, where the scale is true, in degrees north
 * @param parallel2 the other; neither the same as {@code parallel1} nor its mirror across the
 *     equator (the projection's formula needs a cone, not a plane or a cylinder)
 * @param region points the frame always holds, besides the map's places; at least one
 * @param marginX the margin left and right of what is held, as a fraction of the width
 * @param marginY the margin above and below, as a fraction of the height
 */
public record MapFrame(double centralMeridian, double parallel1, double parallel2, List<LonLat> region,
        double marginX, double marginY) {

    /**
     * The frame of the shipped explainer's map, from Ukraine to Korea: Ukraine's extremes, Moscow,
     * Kursk, Pyongyang, Vladivostok and Busan, seen from 85°E with parallels at 40°N and 60°N.
     */
    public static final MapFrame UKRAINE_TO_KOREA = new MapFrame(85, 40, 60, List.of(
            new LonLat(22.14, 48.42), new LonLat(40.23, 49.6), new LonLat(33.4, 44.39), new LonLat(30.55, 52.37),
            new LonLat(37.62, 55.75), new LonLat(36.19, 51.73), new LonLat(125.75, 39.03),
            new LonLat(131.89, 43.12), new LonLat(129.08, 35.1)),
            0.055, 0.09);

    public MapFrame {
        region = List.copyOf(region);
        if (region.isEmpty()) {
            throw new IllegalArgumentException("a map frame needs at least one point to hold");
        }
        if (parallel1 == parallel2 || parallel1 == -parallel2 || Math.abs(parallel1) >= 90
                || Math.abs(parallel2) >= 90) {
            throw new IllegalArgumentException("standard parallels " + parallel1 + " and " + parallel2
                    + " do not make a cone");
        }
        if (!(marginX >= 0 && marginX < 0.5 && marginY >= 0 && marginY < 0.5)) {
            throw new IllegalArgumentException("margins must be fractions from 0 to below a half");
        }
    }
}
