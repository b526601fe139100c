package io.kontext.render.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RingsTest {

    private static List<double[]> ring(double... xy) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            out.add(new double[] {xy[i], xy[i + 1]});
        }
        return out;
    }

    /** A square of side 10 at the origin, clockwise on screen (y down). */
    private static final List<double[]> SQUARE = ring(0, 0, 10, 0, 10, 10, 0, 10);

    @Test
    void thinningDropsPointsCloserThanTheStepToTheLastOneKept() {
        List<double[]> thinned = Rings.thin(ring(0, 0, 0.5, 0, 0.9, 0, 1.2, 0, 5, 0), 0.8);
        assertThat(thinned).extracting(p -> p[0]).containsExactly(0.0, 0.9, 5.0);
    }

    @Test
    void simplifyingKeepsTheCornersAndDropsPointsOnStraightEdges() {
        List<double[]> edgy = ring(0, 0, 5, 0.2, 10, 0, 10, 5, 10, 10, 5, 10, 0, 10, 0, 5);
        assertThat(Rings.simplify(edgy, 0.9)).extracting(p -> p[0] + "," + p[1])
                .containsExactly("0.0,0.0", "10.0,0.0", "10.0,10.0", "0.0,10.0");
        // a point that strays further than the tolerance stays
        assertThat(Rings.simplify(ring(0, 0, 5, 2, 10, 0, 10, 10, 0, 10), 0.9)).hasSize(5);
        assertThat(Rings.simplify(SQUARE, 100)).isSameAs(SQUARE);
    }

    @Test
    void simplifyingARingOfManyPointsNeedsNoDeepStack() {
        List<double[]> circle = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            double a = 2 * Math.PI * i / 200_000;
            circle.add(new double[] {1000 * Math.cos(a), 1000 * Math.sin(a)});
        }
        List<double[]> simple = Rings.simplify(circle, 0.9);
        assertThat(simple.size()).isBetween(50, 500);
        assertThat(Math.abs(Rings.area(simple))).isCloseTo(Math.PI * 1000 * 1000, within(0.01 * Math.PI * 1e6));
    }

    @Test
    void clippingCutsARingToTheRectangle() {
        List<double[]> cut = Rings.clip(SQUARE, -1, -1, 5, 5);
        assertThat(Math.abs(Rings.area(cut))).isCloseTo(25, within(1e-9));
        for (double[] p : cut) {
            assertThat(p[0]).isBetween(-1.0, 5.0);
            assertThat(p[1]).isBetween(-1.0, 5.0);
        }
        assertThat(Rings.clip(SQUARE, 20, 20, 30, 30)).isEmpty();
        assertThat(Rings.clip(SQUARE, -1, -1, 11, 11)).isSameAs(SQUARE);
    }

    @Test
    void areaIsSignedByTheRingsDirection() {
        assertThat(Rings.area(SQUARE)).isEqualTo(100);
        assertThat(Rings.area(ring(0, 0, 0, 10, 10, 10, 10, 0))).isEqualTo(-100);
    }

    @Test
    void theCentroidOfASquareIsItsMiddleAndOfALineItsFirstPoint() {
        assertThat(Rings.centroid(SQUARE)).containsExactly(5, 5);
        assertThat(Rings.centroid(ring(1, 1, 2, 2, 3, 3))).containsExactly(1, 1);
    }

    @Test
    void containsTellsInsideFromOutside() {
        assertThat(Rings.contains(SQUARE, new double[] {5, 5})).isTrue();
        assertThat(Rings.contains(SQUARE, new double[] {15, 5})).isFalse();
        assertThat(Rings.contains(SQUARE, new double[] {5, -0.1})).isFalse();
    }

    @Test
    void theWidestStretchOfABentRingIsInsideIt() {
        // a C open to the right: its centroid falls in the opening
        List<double[]> c = ring(0, 0, 30, 0, 30, 4, 6, 4, 6, 16, 30, 16, 30, 20, 0, 20);
        double[] centroid = Rings.centroid(c);
        assertThat(Rings.contains(c, centroid)).isFalse();
        double[] w = Rings.widest(c, centroid[1]);
        assertThat(w[1]).isEqualTo(centroid[1]);
        assertThat(w[0]).isCloseTo(3, within(1e-9));
        assertThat(Rings.contains(c, w)).isTrue();
        // the line misses the ring: its first point
        assertThat(Rings.widest(c, 50)).containsExactly(0, 0);
    }

    @Test
    void aShapeIsNamedInsideItsLargestRing() {
        List<double[]> c = ring(0, 0, 30, 0, 30, 4, 6, 4, 6, 16, 30, 16, 30, 20, 0, 20);
        List<double[]> islet = ring(100, 100, 101, 100, 101, 101);
        Shape s = new Shape("X", List.of(islet, c), false);
        assertThat(Rings.contains(c, s.middle())).isTrue();
        assertThat(s.area()).isCloseTo(Math.abs(Rings.area(c)) + 0.5, within(1e-9));
        assertThat(new Shape("S", List.of(SQUARE), false).middle()).containsExactly(5, 5);
    }
}
