package io.kontext.render.visual;

import io.kontext.model.LonLat;
import io.kontext.model.MapFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * A Lambert conformal conic projection (spherical) with the central meridian and standard
 * parallels of a {@link MapFrame}, scaled and moved so that the frame's region and the map's
 * places fill a width and height less the frame's margins, centred. x grows east, y grows south
 * (downwards, as in SVG).
 */
final class Projection {

    private static final double RAD = Math.PI / 180;

    private final double centralMeridian;
    /** The cone constant and the radius factor of the conic, from the standard parallels. */
    private final double n;
    private final double f;
    private final double scale;
    private final double dx;
    private final double dy;

    private Projection(MapFrame frame, double scale, double dx, double dy) {
        this.centralMeridian = frame.centralMeridian();
        double p1 = frame.parallel1() * RAD;
        double p2 = frame.parallel2() * RAD;
        this.n = Math.log(Math.cos(p1) / Math.cos(p2))
                / Math.log(Math.tan(Math.PI / 4 + p2 / 2) / Math.tan(Math.PI / 4 + p1 / 2));
        this.f = Math.cos(p1) * Math.pow(Math.tan(Math.PI / 4 + p1 / 2), n) / n;
        this.scale = scale;
        this.dx = dx;
        this.dy = dy;
    }

    /** The projection of {@code frame} fitted to width x height, holding its region and {@code places}. */
    static Projection fit(MapFrame frame, List<LonLat> places, int width, int height) {
        Projection unscaled = new Projection(frame, 1, 0, 0);
        List<double[]> points = new ArrayList<>();
        for (LonLat r : frame.region()) {
            points.add(unscaled.raw(r.lon(), r.lat()));
        }
        for (LonLat place : places) {
            points.add(unscaled.raw(place.lon(), place.lat()));
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] q : points) {
            minX = Math.min(minX, q[0]);
            minY = Math.min(minY, q[1]);
            maxX = Math.max(maxX, q[0]);
            maxY = Math.max(maxY, q[1]);
        }
        double innerW = width * (1 - 2 * frame.marginX());
        double innerH = height * (1 - 2 * frame.marginY());
        double scale = Math.min(innerW / (maxX - minX), innerH / Math.max(maxY - minY, 1e-9));
        return new Projection(frame, scale, width / 2.0 - (minX + maxX) / 2 * scale,
                height / 2.0 - (minY + maxY) / 2 * scale);
    }

    /** Unscaled projected point: x east, y south. */
    double[] raw(double lon, double lat) {
        double clampedLat = Math.max(-89.9, Math.min(89.9, lat));
        double rho = f / Math.pow(Math.tan(Math.PI / 4 + clampedLat * RAD / 2), n);
        double d = lon - centralMeridian;
        d = d - 360 * Math.floor((d + 180) / 360);
        double theta = n * d * RAD;
        return new double[] {rho * Math.sin(theta), rho * Math.cos(theta)};
    }

    /** The point in the SVG's pixels. */
    double[] project(double lon, double lat) {
        double[] r = raw(lon, lat);
        return new double[] {r[0] * scale + dx, r[1] * scale + dy};
    }

    /** Every point of a ring in pixels, in order. */
    List<double[]> project(List<LonLat> ring) {
        List<double[]> out = new ArrayList<>(ring.size());
        for (LonLat p : ring) {
            out.add(project(p.lon(), p.lat()));
        }
        return out;
    }
}
