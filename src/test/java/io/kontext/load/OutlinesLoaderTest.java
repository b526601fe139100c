package io.kontext.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.diag.Diagnostic;
import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import io.kontext.model.LonLat;
import io.kontext.model.Outline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutlinesLoaderTest {

    private static final String FILE = "site/data/geo/countries.json";

    private final Diagnostics diagnostics = new Diagnostics();

    private Optional<List<Outline>> read(String json) {
        return new OutlinesLoader(diagnostics, new SourceText(FILE, json)).read();
    }

    private List<String> headlines() {
        return diagnostics.all().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void readsCountriesWithTheirRingsOfPointsInFileOrder() {
        List<Outline> outlines = read("""
                {"countries": [
                  {"id": "KP", "name": "North Korea", "rings": [[[128.38, 38.62], [128, 38], [-1.5e1, 0]]]},
                  {"id": "AA", "rings": [[[1, 2], [3, 4], [5, 6]], [[7, 8], [9, 10], [11, 12]]]}
                ], "source": "any other key is left for people to read"}
                """).orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        assertThat(outlines).extracting(Outline::id).containsExactly("KP", "AA");
        assertThat(outlines.get(0).rings().get(0)).containsExactly(new LonLat(128.38, 38.62),
                new LonLat(128, 38), new LonLat(-15, 0));
        assertThat(outlines.get(1).rings()).hasSize(2);
    }

    @Test
    void readsTheShippedOutlinesWithinTheReadersLimits() throws IOException {
        String json = Files.readString(ShippedOutlines.FILE, StandardCharsets.UTF_8);
        // the YAML reader's limits: 2 Mi characters, 32 levels; the file is object > countries > country > rings
        // > ring > point, 6 levels
        assertThat(json.length()).isLessThan(YamlReader.MAX_CODE_POINTS / 8);
        List<Outline> outlines = read(json).orElseThrow();
        assertThat(diagnostics.all()).isEmpty();
        assertThat(outlines).hasSize(72);
        assertThat(outlines.stream().mapToLong(o -> o.rings().stream().mapToLong(List::size).sum()).sum())
                .isEqualTo(10_207);
    }

    @Test
    void readsJsonIndentedWithTabs() {
        assertThat(read("{\n\t\"countries\": [\n\t\t{\n\t\t\t\"id\": \"KP\",\n\t\t\t\"rings\": [[[1,2],[3,4],[5,6]]]\n\t\t}\n\t]\n}\n"))
                .isPresent();
        assertThat(diagnostics.all()).isEmpty();
    }

    @Test
    void reportsMalformedJsonAtItsLineAndColumn() {
        assertThat(read("{\"countries\": [\n  {\"id\": \"KP\", \"rings\": [[[1, 2] [3, 4], [5, 6]]]}\n]}\n")).isEmpty();
        assertThat(headlines()).containsExactly(
                FILE + ":2:34: error: JSON syntax error: expected ',' or ']', but got [ [json]");
        assertThat(diagnostics.all().get(0).hint()).contains("brackets, commas and double quotes");
    }

    @Test
    void reportsAMissingCountriesList() {
        assertThat(read("{\"lands\": []}")).isEmpty();
        assertThat(headlines()).containsExactly(FILE + ":1:1: error: " + FILE + " has no 'countries' list [outlines]");
        assertThat(diagnostics.all().get(0).hint()).isEqualTo("see site/data/geo/README.md for the format");
    }

    @Test
    void reportsATopLevelThatIsNotAnObject() {
        assertThat(read("[]")).isEmpty();
        assertThat(headlines()).containsExactly(FILE + ":1:1: error: " + FILE
                + " must be an object with a 'countries' list, found a list [outlines]");
    }

    @Test
    void reportsAnEmptyFile() {
        assertThat(read("")).isEmpty();
        assertThat(headlines()).containsExactly(FILE + ":1:1: error: " + FILE + " is empty [empty]");
    }

    @Test
    void reportsEveryBadCountryRingAndPointAtItsPosition() {
        assertThat(read("""
                {"countries": [
                  {"rings": [[[1, 2], [3, 4], [5, 6]]]},
                  {"id": "KP"},
                  {"id": "KR", "rings": []},
                  {"id": "JP", "rings": [[[1, 2], [3, 4]], [[1, 2], [300, 4], [5, 95], [7], "x", ["a", 1]]]},
                  {"id": "JP", "rings": [[[1, 2], [3, 4], [5, 6]]]},
                  "CN"
                ]}
                """)).isEmpty();
        assertThat(headlines()).containsExactly(
                FILE + ":2:3: error: country 1 has no 'id' [outlines]",
                FILE + ":3:3: error: country 'KP' has no 'rings' [outlines]",
                FILE + ":4:25: error: country 'KR' has an empty 'rings' list [outlines]",
                FILE + ":5:26: error: ring 1 of country 'JP' has 2 points; a ring needs at least 3 [outlines]",
                FILE + ":5:54: error: the longitude of point 2 of ring 2 of country 'JP', 300, is outside -180..180"
                        + " [outlines]",
                FILE + ":5:67: error: the latitude of point 3 of ring 2 of country 'JP', 95, is outside -90..90"
                        + " [outlines]",
                FILE + ":5:72: error: point 4 of ring 2 of country 'JP' must be [longitude, latitude], found a list"
                        + " of 1 [outlines]",
                FILE + ":5:77: error: point 5 of ring 2 of country 'JP' must be [longitude, latitude], found the"
                        + " text 'x' [outlines]",
                FILE + ":5:83: error: the longitude of point 6 of ring 2 of country 'JP' must be a number, found the"
                        + " text 'a' [outlines]",
                FILE + ":6:10: error: country id 'JP' is used twice [outlines]",
                FILE + ":7:3: error: country 6 must be an object with 'id' and 'rings', found the text 'CN'"
                        + " [outlines]");
        assertThat(diagnostics.all().get(9).hint()).isEqualTo("it is already used at line 5; ids must be unique");
    }

    @Test
    void reportsTheFirstProblemsInFullAndCountsTheRest() {
        StringBuilder ring = new StringBuilder("[[1, 2], [3, 4]");
        for (int i = 0; i < 30; i++) {
            ring.append(", [").append(i).append(", 91]");
        }
        assertThat(read("{\"countries\": [{\"id\": \"KP\", \"rings\": [" + ring + "]]}]}")).isEmpty();
        assertThat(diagnostics.all()).hasSize(OutlinesLoader.MAX_REPORTED + 1);
        assertThat(headlines()).first().isEqualTo(FILE + ": error: 10 more problems in " + FILE + " are not shown"
                + " [outlines]");
    }
}
