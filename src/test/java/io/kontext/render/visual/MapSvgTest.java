package io.kontext.render.visual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapSvgTest {

    private static List<double[]> ring(double... xy) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            out.add(new double[] {xy[i], xy[i + 1]});
        }
        return out;
    }

    private static String path(List<double[]> ring) {
        StringBuilder b = new StringBuilder();
        MapSvg.path(ring, b);
        return b.toString();
    }

    @Test
    void writesTenthsWithOneDecimalAtMost() {
        assertThat(MapSvg.tenths(12)).isEqualTo("1.2");
        assertThat(MapSvg.tenths(-5)).isEqualTo("-0.5");
        assertThat(MapSvg.tenths(-10)).isEqualTo("-1");
        assertThat(MapSvg.tenths(0)).isEqualTo("0");
        assertThat(MapSvg.tenths(12345)).isEqualTo("1234.5");
    }

    @Test
    void writesARingAsRelativeStepsThatRoundingNeverAddsUpIn() {
        // 1.04 and 1.06 round to 1.0 and 1.1: the steps are taken between rounded points, not rounded themselves
        assertThat(path(ring(0, 0, 1.04, 0, 1.06, 0, 1, 1))).isEqualTo("M0,0l1,0 0.1,0 -0.1,1z");
        // steps that round to nothing are left out, and a ring that is all one point still closes
        assertThat(path(ring(5, 5, 5.01, 5.02, 8, 5))).isEqualTo("M5,5l3,0z");
        assertThat(path(ring(5, 5, 5.01, 5.02, 4.99, 5))).isEqualTo("M5,5l0,0z");
    }

    @Test
    void writesTheLandThenTheNamesThenEachPlaceWithItsName() {
        MapSvg svg = new MapSvg("m", 100, 80, "A <map> & more", "Its \"description\"");
        svg.land(new Shape("KP", List.of(ring(10, 10, 20, 10, 15, 20)), true));
        svg.land(new Shape("CN", List.of(ring(30, 30, 40, 30, 35, 40)), false));
        svg.countryName(new Labeller.Spot(15, 15, Labeller.Anchor.MIDDLE), "North Korea", true);
        svg.place(new double[] {50, 50}, new Labeller.Spot(56.5, 54.6, Labeller.Anchor.START), "Pyongyang");
        String out = svg.end();
        assertThat(out).startsWith("<svg class=\"locator-map\" viewBox=\"0 0 100 80\" width=\"100\" height=\"80\""
                + " role=\"img\" aria-labelledby=\"m-title m-desc\"")
                .contains("<title id=\"m-title\">A &lt;map&gt; &amp; more</title>")
                .contains("<desc id=\"m-desc\">Its &quot;description&quot;</desc>")
                .contains("<path id=\"m-KP\" class=\"land hl\" fill=\"#b9b1a3\"")
                .contains("<path id=\"m-CN\" class=\"land\" fill=\"#e4e0d8\"")
                .contains("d=\"M10,10l10,0 -5,10z\"")
                .contains("<text class=\"country-label hl\" x=\"15\" y=\"15\" text-anchor=\"middle\"")
                .contains("font-size=\"13px\" font-weight=\"700\"")
                .contains("<circle class=\"place\" cx=\"50\" cy=\"50\" r=\"3.5\"")
                .contains("<text class=\"place-label\" x=\"56.5\" y=\"54.6\" text-anchor=\"start\"")
                .endsWith(">Pyongyang</text></svg>");
        assertThat(out.indexOf("m-CN")).isLessThan(out.indexOf("country-label"));
        assertThat(out.indexOf("country-label")).isLessThan(out.indexOf("<circle"));
        assertThat(out.indexOf("<circle")).isLessThan(out.indexOf("place-label"));
    }

    @Test
    void sizesCountryNamesByWhetherTheyAreHighlighted() {
        assertThat(MapSvg.countryFont(true)).isEqualTo(MapSvg.COUNTRY_FONT_HL);
        assertThat(MapSvg.countryFont(false)).isEqualTo(MapSvg.COUNTRY_FONT);
        MapSvg svg = new MapSvg("m", 10, 10, "t", "d");
        svg.countryName(new Labeller.Spot(5, 5, Labeller.Anchor.END), "Japan", false);
        assertThat(svg.end()).contains("class=\"country-label\" x=\"5\" y=\"5\" text-anchor=\"end\"",
                "font-size=\"12px\" font-weight=\"400\" fill=\"#55524c\"", "paint-order=\"stroke\">Japan</text>");
    }
}
