package io.kontext.render.visual;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Plane geometry of rings in pixels, as a map draws them: thinning and simplifying (so the SVG
 * stays small), clipping to the frame, area, centroid, point in ring and the widest stretch across.
 * A ring is a closed polygon given by its points in order, the first not repeated at the end;
 * a point is {x, y}. Nothing here changes the lists it is given.
 */
final class Rings {

    private Rings() {
    }

    /** The ring without each point closer than {@code step} px to the last one kept. */
    static List<double[]> thin(List<double[]> ring, double step) {
        List<double[]> out = new ArrayList<>(ring.size());
        double[] last = null;
        for (double[] p : ring) {
            if (last == null || Math.hypot(p[0] - last[0], p[1] - last[1]) >= step) {
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
        ArrayDeque<int[]> stack = new ArrayDeque<>();
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

    /** Whether p is on the inner side of one edge of the rectangle: 0 left, 1 right, 2 top, 3 bottom. */
    private static boolean inside(double[] p, int edge, double x0, double y0, double x1, double y1) {
        return switch (edge) {
            case 0 -> p[0] >= x0;
            case 1 -> p[0] <= x1;
            case 2 -> p[1] >= y0;
            default -> p[1] <= y1;
        };
    }

    /** Where the segment a-b crosses the line of one edge of the rectangle. */
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

    /** Signed area (shoelace) of a ring in square pixels; its sign tells the ring's direction. */
    static double area(List<double[]> ring) {
        double a = 0;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            a += ring.get(j)[0] * ring.get(i)[1] - ring.get(i)[0] * ring.get(j)[1];
        }
        return a / 2;
    }

    /** The centroid of the ring's area; its first point when the ring has no area to speak of. */
    static double[] centroid(List<double[]> ring) {
        double a = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double[] p = ring.get(j);
            double[] q = ring.get(i);
            double cross = p[0] * q[1] - q[0] * p[1];
            a += cross;
            cx += (p[0] + q[0]) * cross;
            cy += (p[1] + q[1]) * cross;
        }
        return Math.abs(a) < 1e-9 ? ring.get(0).clone() : new double[] {cx / (3 * a), cy / (3 * a)};
    }

    /** Whether the point lies inside the ring (even-odd rule, by a ray to the east). */
    static boolean contains(List<double[]> ring, double[] pt) {
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

    /**
     * The middle of the widest stretch of the ring along the line y: a point inside a ring bent
     * round its centroid (a crescent, a C). The ring's first point when the line misses the ring.
     */
    static double[] widest(List<double[]> ring, double y) {
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
}
