package io.kontext.render.visual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kontext.load.ShippedOutlines;
import io.kontext.model.LonLat;
import io.kontext.model.MapFrame;
import io.kontext.model.Outline;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LocatorMapTest {

    private static final Path COUNTRIES = ShippedOutlines.FILE;
    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;

    private static final List<LocatorMap.Label> LABELS = List.of(
            new LocatorMap.Label("RU", "Russia", false),
            new LocatorMap.Label("KP", "North Korea", false),
            new LocatorMap.Label("UA", "Ukraine", true),
            new LocatorMap.Label("KR", "South Korea", false),
            new LocatorMap.Label("CN", "China", false),
            new LocatorMap.Label("JP", "Japan", false),
            new LocatorMap.Label("MN", "Mongolia", false),
            new LocatorMap.Label("KZ", "Kazakhstan", false),
            new LocatorMap.Label("BY", "Belarus", false));
    private static final List<LocatorMap.Place> PLACES = List.of(
            new LocatorMap.Place("pyongyang", "Pyongyang", 125.75, 39.03),
            new LocatorMap.Place("moscow", "Moscow", 37.62, 55.75),
            new LocatorMap.Place("vladivostok", "Vladivostok", 131.89, 43.12),
            new LocatorMap.Place("kursk", "Kursk", 36.19, 51.73));

    private static List<Outline> countries;

    @BeforeAll
    static void load() {
        countries = ShippedOutlines.get();
    }

    private static String map() {
        return LocatorMap.svg(countries, LABELS, PLACES, MapFrame.UKRAINE_TO_KOREA, "Where North Korean <workers> & troops are",
                "A map from Ukraine to Korea.", "map-nk", WIDTH, HEIGHT);
    }

    @Test
    void readsTheCommittedOutlines() throws IOException {
        assertThat(countries).extracting(Outline::id)
                .contains("KP", "KR", "RU", "UA", "CN", "JP", "MN", "KZ", "BY")
                .doesNotHaveDuplicates()
                .isSorted();
        for (Outline c : countries) {
            assertThat(c.rings()).as(c.id()).isNotEmpty().allSatisfy(r -> assertThat(r).hasSizeGreaterThanOrEqualTo(3));
        }
        // small enough to commit and to read at every build
        assertThat(Files.size(COUNTRIES)).isLessThan(160_000);
        assertThat(COUNTRIES.resolveSibling("README.md")).exists();
    }

    @Test
    void isAnAccessibleImageWithTitleAndDescription() {
        String svg = map();
        assertThat(svg).startsWith("<svg ").endsWith("</svg>")
                .contains("role=\"img\"", "aria-labelledby=\"map-nk-title map-nk-desc\"",
                        "viewBox=\"0 0 720 440\"",
                        "<title id=\"map-nk-title\">Where North Korean &lt;workers&gt; &amp; troops are</title>",
                        "<desc id=\"map-nk-desc\">A map from Ukraine to Korea.</desc>",
                        "font-family=\"system-ui, sans-serif\"");
    }

    @Test
    void isWellFormedXml() throws Exception {
        Document doc = xml(map());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("path").getLength()).isGreaterThan(10);
    }

    @Test
    void drawsTheCountriesPlacesAndLabels() throws Exception {
        String svg = map();
        assertThat(svg).contains("id=\"map-nk-KP\" class=\"land\"", "id=\"map-nk-RU\" class=\"land\"",
                "id=\"map-nk-UA\" class=\"land hl\"", "id=\"map-nk-KR\" class=\"land\"");
        assertThat(count(svg, "<circle ")).isEqualTo(PLACES.size());
        assertThat(count(svg, "<circle class=\"place\"")).isEqualTo(PLACES.size());
        assertThat(count(svg, "<text class=\"place-label\"")).isEqualTo(PLACES.size());
        for (LocatorMap.Place p : PLACES) {
            assertThat(svg).contains(">" + p.label() + "</text>");
        }
        for (LocatorMap.Label l : LABELS) {
            assertThat(svg).contains(">" + l.label() + "</text>");
        }
        assertThat(svg).contains("class=\"country-label hl\"").contains("class=\"country-label\"");
        // paths carry presentation attributes, so the map reads without the stylesheet
        assertThat(svg).contains("class=\"land\" fill=\"#").contains("class=\"land hl\" fill=\"#");
        // no style attribute: colours come from classes or presentation attributes
        assertThat(svg).doesNotContain("style=");
        // text sizes in px
        assertThat(xml(svg).getElementsByTagName("text").getLength()).isEqualTo(PLACES.size() + LABELS.size());
        assertThat(svg).containsPattern("font-size=\"\\d+(\\.\\d)?px\"");
    }

    @Test
    void sameInputGivesTheSameString() {
        assertThat(map()).isEqualTo(map());
        assertThat(map().length()).as("inline SVG size").isLessThan(90_000);
    }

    @Test
    void placesLieWhereTheyShould() {
        List<double[]> dots = circles(map());
        double[] pyongyang = dots.get(0);
        double[] moscow = dots.get(1);
        double[] vladivostok = dots.get(2);
        double[] kursk = dots.get(3);
        assertThat(kursk[0]).isLessThan(vladivostok[0]);
        assertThat(kursk[1]).isLessThan(pyongyang[1]); // north is up: smaller y
        assertThat(moscow[1]).isLessThan(kursk[1]);
        assertThat(pyongyang[1]).isGreaterThan(vladivostok[1]);
        for (double[] d : dots) {
            assertThat(d[0]).isBetween(0.0, (double) WIDTH);
            assertThat(d[1]).isBetween(0.0, (double) HEIGHT);
        }
        // Ukraine's western border (Uzhhorod) is in the frame too
        Projection proj = Projection.fit(MapFrame.UKRAINE_TO_KOREA,
                PLACES.stream().map(p -> new LonLat(p.lon(), p.lat())).toList(), WIDTH, HEIGHT);
        double[] west = proj.project(22.3, 48.62);
        assertThat(west[0]).isGreaterThan(10.0);
    }

    @Test
    void labelsDoNotOverlap() throws Exception {
        // boxes estimated as the labeller does: 0.62 em a character, 0.72 em in bold (DejaVu Sans, a wide
        // fallback for system-ui), ascent 0.8 em, descent 0.25 em
        NodeList texts = xml(map()).getElementsByTagName("text");
        List<double[]> boxes = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            double x = Double.parseDouble(t.getAttribute("x"));
            double y = Double.parseDouble(t.getAttribute("y"));
            double size = Double.parseDouble(t.getAttribute("font-size").replace("px", ""));
            boolean bold = Integer.parseInt(t.getAttribute("font-weight")) >= 600;
            double w = t.getTextContent().length() * size * (bold ? 0.72 : 0.62);
            double left = switch (t.getAttribute("text-anchor")) {
                case "end" -> x - w;
                case "middle" -> x - w / 2;
                default -> x;
            };
            boxes.add(new double[] {left, y - size * 0.8, left + w, y + size * 0.25});
            assertThat(left).as(t.getTextContent()).isGreaterThanOrEqualTo(0);
            assertThat(left + w).as(t.getTextContent()).isLessThanOrEqualTo(WIDTH);
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
                assertThat(overlap).as(texts.item(i).getTextContent() + " / " + texts.item(j).getTextContent())
                        .isFalse();
            }
        }
    }

    @Test
    void aLabelForAnUnknownCountryIsRejected() {
        assertThatThrownBy(() -> LocatorMap.svg(countries, List.of(new LocatorMap.Label("ZZ", "Nowhere", false)),
                PLACES, MapFrame.UKRAINE_TO_KOREA, "t", "d", "m", WIDTH, HEIGHT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ZZ'");
    }

    private static List<double[]> circles(String svg) {
        Matcher m = Pattern.compile("<circle class=\"place\" cx=\"([-\\d.]+)\" cy=\"([-\\d.]+)\"").matcher(svg);
        List<double[]> out = new ArrayList<>();
        while (m.find()) {
            out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return out;
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static Document xml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
