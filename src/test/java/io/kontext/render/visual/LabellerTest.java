package io.kontext.render.visual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabellerTest {

    private static final double W = 400;
    private static final double H = 300;
    private static final double DOT = 3.5;
    private static final double SIZE = 13;

    /** A label's box as the labeller reckons it: its estimated width, ascent and descent. */
    private static double[] box(Labeller.Spot at, String label, double size, boolean bold) {
        double w = Labeller.width(label, size, bold);
        double left = switch (at.anchor()) {
            case START -> at.x();
            case END -> at.x() - w;
            case MIDDLE -> at.x() - w / 2;
        };
        return new double[] {left, at.y() - size * 0.85, left + w, at.y() + size * 0.3};
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static double[] dotBox(double[] d) {
        return new double[] {d[0] - DOT, d[1] - DOT, d[0] + DOT, d[1] + DOT};
    }

    @Test
    void putsAPlacesLabelRightOfItsDotWhenThereIsRoom() {
        Labeller l = new Labeller(W, H, DOT);
        l.dots(List.of(new double[] {100, 100}));
        Labeller.Spot at = l.placeLabel(100, 100, "Kursk", SIZE);
        assertThat(at.anchor()).isEqualTo(Labeller.Anchor.START);
        assertThat(at.x()).isEqualTo(100 + DOT + 3);
        assertThat(at.y()).isEqualTo(100 + SIZE * 0.35);
    }

    @Test
    void keepsALabelOffTheOtherPlacesDots() {
        Labeller l = new Labeller(W, H, DOT);
        double[] here = {100, 100};
        double[] neighbour = {130, 100};
        l.dots(List.of(here, neighbour));
        Labeller.Spot at = l.placeLabel(here[0], here[1], "Moscow", SIZE);
        assertThat(at.anchor()).isNotEqualTo(Labeller.Anchor.START);
        double[] b = box(at, "Moscow", SIZE, true);
        assertThat(overlap(b, dotBox(neighbour))).isFalse();
        assertThat(overlap(b, dotBox(here))).isFalse();
    }

    @Test
    void keepsALabelInsideTheFrame() {
        Labeller l = new Labeller(W, H, DOT);
        l.dots(List.of(new double[] {W - 10, 5}));
        Labeller.Spot at = l.placeLabel(W - 10, 5, "Vladivostok", SIZE);
        double[] b = box(at, "Vladivostok", SIZE, true);
        assertThat(b[0]).isGreaterThanOrEqualTo(0);
        assertThat(b[2]).isLessThanOrEqualTo(W);
        assertThat(b[1]).isGreaterThanOrEqualTo(0);
        assertThat(b[3]).isLessThanOrEqualTo(H);
    }

    @Test
    void keepsLabelsOffEachOtherInACrowd() {
        Labeller l = new Labeller(W, H, DOT);
        List<double[]> dots = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 3; j++) {
                dots.add(new double[] {60 + 90 * i, 60 + 70 * j + 12 * i});
            }
        }
        l.dots(dots);
        List<double[]> boxes = new ArrayList<>();
        for (int i = 0; i < dots.size(); i++) {
            String label = "Place " + i;
            boxes.add(box(l.placeLabel(dots.get(i)[0], dots.get(i)[1], label, SIZE), label, SIZE, true));
        }
        // a country's name in the middle of them, then
        Labeller.Spot country = l.countryLabel(new double[] {W / 2, H / 2}, "Kazakhstan", 12, false);
        boxes.add(box(country, "Kazakhstan", 12, false));
        for (int i = 0; i < boxes.size(); i++) {
            for (double[] d : dots) {
                assertThat(overlap(boxes.get(i), dotBox(d))).as("label %d and a dot", i).isFalse();
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("labels %d and %d", i, j).isFalse();
            }
        }
    }

    @Test
    void centresACountrysNameOnItsMiddleButInsideTheFrame() {
        Labeller l = new Labeller(W, H, DOT);
        Labeller.Spot middle = l.countryLabel(new double[] {200, 150}, "China", 12, false);
        assertThat(middle.anchor()).isEqualTo(Labeller.Anchor.MIDDLE);
        assertThat(middle.x()).isEqualTo(200);
        Labeller.Spot edge = new Labeller(W, H, DOT).countryLabel(new double[] {-50, 500}, "Russia", 13, true);
        double[] b = box(edge, "Russia", 13, true);
        assertThat(b[0]).isGreaterThanOrEqualTo(4);
        assertThat(b[3]).isLessThanOrEqualTo(H);
    }

    @Test
    void estimatesWidthsByCharactersBoldWider() {
        assertThat(Labeller.width("Kursk", 10, false)).isEqualTo(5 * 10 * Labeller.CHAR_WIDTH);
        assertThat(Labeller.width("Kursk", 10, true)).isGreaterThan(Labeller.width("Kursk", 10, false));
        // one character, however it is encoded
        assertThat(Labeller.width("\uD835\uDC00", 10, false)).isEqualTo(Labeller.width("A", 10, false));
    }
}
