package io.kontext.render.visual;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a map's labels one at a time, each where it overlaps least what is already placed (the
 * dots of the places and the labels before it) and stays inside the frame. Each label has a few
 * candidate spots in order of preference (for a place: right of its dot, left, the diagonals, above,
 * below; for a country: its middle, then shifted sideways, up and down). A spot costs a little for
 * its rank and a hundred times each square pixel it overlaps or lies outside the frame; the
 * cheapest wins, so overlap is the last resort, when no spot is free.
 *
 * <p>Widths are estimated from the number of characters, as no font is at hand at build time; a
 * label's box is that width and the text's ascent and descent, with a little room around. One
 * labeller serves one drawing: it remembers what it has placed.
 */
final class Labeller {

    /**
     * Estimated advance of one character, as a fraction of the font size, regular and bold: generous,
     * measured on DejaVu Sans (a wide fallback for system-ui); narrower system fonts only leave more room.
     */
    static final double CHAR_WIDTH = 0.62;
    static final double CHAR_WIDTH_BOLD = 0.72;

    /** Where a text goes: its baseline point, and which end of the text is there. */
    record Spot(double x, double y, Anchor anchor) {
    }

    /** SVG's text-anchor: the text starts at its point, is centred on it, or ends at it. */
    enum Anchor {
        START("start"), MIDDLE("middle"), END("end");

        final String svg;

        Anchor(String svg) {
            this.svg = svg;
        }
    }

    private final double width;
    private final double height;
    private final double dot;
    /** Boxes already taken, as {left, top, right, bottom}. */
    private final List<double[]> boxes = new ArrayList<>();

    /** @param dot the radius of the places' dots, in px */
    Labeller(double width, double height, double dot) {
        this.width = width;
        this.height = height;
        this.dot = dot;
    }

    /** Keeps labels off the places' dots, {x, y} in px. */
    void dots(List<double[]> dots) {
        for (double[] d : dots) {
            boxes.add(new double[] {d[0] - dot - 1, d[1] - dot - 1, d[0] + dot + 1, d[1] + dot + 1});
        }
    }

    /** The spot for a place's label (semibold, {@code size} px) beside its dot at x, y. */
    Spot placeLabel(double x, double y, String label, double size) {
        double w = width(label, size, true);
        double gap = dot + 3;
        double up = size * 0.35; // baseline offset that centres the text on the dot
        double[][] candidates = {
            {x + gap, y + up, 1}, {x - gap, y + up, -1},
            {x + gap - 1, y - gap + 1, 1}, {x + gap - 1, y + gap + size * 0.7, 1},
            {x - gap + 1, y - gap + 1, -1}, {x - gap + 1, y + gap + size * 0.7, -1},
            {x, y - gap - 1, 0}, {x, y + gap + size * 0.75, 0},
        };
        return choose(candidates, w, size, 0);
    }

    /** The spot for a country's name, centred near its visible middle {x, y}, kept inside the frame. */
    Spot countryLabel(double[] middle, String label, double size, boolean bold) {
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

    /**
     * The cheapest candidate {x, y, anchor: -1 end, 0 middle, 1 start}: each later candidate costs
     * a little more ({@code preference} more still), each square pixel of overlap or outside the frame
     * costs a hundred times that.
     */
    private Spot choose(double[][] candidates, double w, double size, double preference) {
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
        return new Spot(best[0], best[1], best[2] < 0 ? Anchor.END : best[2] > 0 ? Anchor.START : Anchor.MIDDLE);
    }

    /** The part of a box outside the frame less 2 px all round, in square pixels. */
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

    /** The estimated width of a label in px. */
    static double width(String label, double size, boolean bold) {
        return label.codePointCount(0, label.length()) * size * (bold ? CHAR_WIDTH_BOLD : CHAR_WIDTH);
    }
}
