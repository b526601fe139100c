package io.kontext.render.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kontext.model.LonLat;
import io.kontext.model.MapFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    private static final int W = 720;
    private static final int H = 440;
    /** Central Europe, seen from 15°E, Lisbon to Helsinki. */
    private static final MapFrame EUROPE = new MapFrame(15, 43, 62,
            List.of(new LonLat(-9.14, 38.72), new LonLat(24.94, 60.17)), 0.1, 0.05);

    @Test
    void drawsTheCentralMeridianUprightWithNorthUp() {
        Projection p = Projection.fit(EUROPE, List.of(), W, H);
        double[] south = p.project(15, 40);
        double[] north = p.project(15, 60);
        assertThat(north[0]).isCloseTo(south[0], within(1e-9));
        assertThat(north[1]).isLessThan(south[1]);
        // east of the meridian is right of it, and a parallel curves up towards the sides, round the pole
        assertThat(p.project(25, 50)[0]).isGreaterThan(p.project(15, 50)[0]);
        assertThat(p.project(25, 50)[1]).isLessThan(p.project(15, 50)[1]);
        assertThat(p.project(5, 50)[1]).isCloseTo(p.project(25, 50)[1], within(1e-9));
    }

    @Test
    void fitsTheRegionToTheFrameLessItsMarginsAndCentresIt() {
        Projection p = Projection.fit(EUROPE, List.of(), W, H);
        double[] lisbon = p.project(-9.14, 38.72);
        double[] helsinki = p.project(24.94, 60.17);
        double[] box = box(List.of(lisbon, helsinki));
        // one side fills the width or height less the margins, the other fits inside it
        boolean fillsWidth = Math.abs(box[2] - box[0] - W * (1 - 2 * 0.1)) < 1e-6;
        boolean fillsHeight = Math.abs(box[3] - box[1] - H * (1 - 2 * 0.05)) < 1e-6;
        assertThat(fillsWidth || fillsHeight).isTrue();
        assertThat(box[0]).isGreaterThanOrEqualTo(W * 0.1 - 1e-6);
        assertThat(box[2]).isLessThanOrEqualTo(W * 0.9 + 1e-6);
        assertThat(box[1]).isGreaterThanOrEqualTo(H * 0.05 - 1e-6);
        assertThat(box[3]).isLessThanOrEqualTo(H * 0.95 + 1e-6);
        assertThat((box[0] + box[2]) / 2).isCloseTo(W / 2.0, within(1e-6));
        assertThat((box[1] + box[3]) / 2).isCloseTo(H / 2.0, within(1e-6));
    }

    @Test
    void holdsEveryPlaceBesidesTheRegion() {
        LonLat moscow = new LonLat(37.62, 55.75);
        Projection without = Projection.fit(EUROPE, List.of(), W, H);
        Projection with = Projection.fit(EUROPE, List.of(moscow), W, H);
        assertThat(without.project(moscow.lon(), moscow.lat())[0]).isGreaterThan(W * 0.9);
        double[] m = with.project(moscow.lon(), moscow.lat());
        assertThat(m[0]).isBetween(0.0, W * 0.9 + 1e-6);
        assertThat(m[1]).isBetween(0.0, (double) H);
    }

    @Test
    void isTheSameShapeAtEverySizeOnlyScaled() {
        Projection wide = Projection.fit(MapFrame.UKRAINE_TO_KOREA, List.of(), 720, 440);
        Projection narrow = Projection.fit(MapFrame.UKRAINE_TO_KOREA, List.of(), 360, 220);
        for (LonLat q : MapFrame.UKRAINE_TO_KOREA.region()) {
            double[] a = wide.project(q.lon(), q.lat());
            double[] b = narrow.project(q.lon(), q.lat());
            assertThat(b[0]).isCloseTo(a[0] / 2, within(1e-6));
            assertThat(b[1]).isCloseTo(a[1] / 2, within(1e-6));
        }
    }

    @Test
    void takesLongitudesAcrossTheDateLineTheShortWayRound() {
        MapFrame pacific = new MapFrame(180, 30, 60, List.of(new LonLat(170, 50), new LonLat(-170, 50)), 0, 0);
        Projection p = Projection.fit(pacific, List.of(), W, H);
        // 190°E is -170°: right of the meridian, not across the world
        assertThat(p.project(-170, 50)[0]).isCloseTo(W, within(1e-6));
        assertThat(p.project(170, 50)[0]).isCloseTo(0, within(1e-6));
    }

    @Test
    void projectsARingPointByPointInOrder() {
        Projection p = Projection.fit(EUROPE, List.of(), W, H);
        List<LonLat> ring = List.of(new LonLat(0, 50), new LonLat(10, 50), new LonLat(5, 55));
        List<double[]> xy = p.project(ring);
        assertThat(xy).hasSize(3);
        for (int i = 0; i < ring.size(); i++) {
            assertThat(xy.get(i)).containsExactly(p.project(ring.get(i).lon(), ring.get(i).lat()));
        }
    }

    private static double[] box(List<double[]> points) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        points.forEach(q -> {
            xs.add(q[0]);
            ys.add(q[1]);
        });
        return new double[] {xs.stream().min(Double::compare).orElseThrow(), ys.stream().min(Double::compare).orElseThrow(),
            xs.stream().max(Double::compare).orElseThrow(), ys.stream().max(Double::compare).orElseThrow()};
    }
}
