package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.kontext.testing.Rfc4180;
import io.kontext.testing.TestProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Get the data" on the shipped explainer: the timeline, key figures and sources as CSV and JSON in
 * each language, with the ids of the pages, and JSON that its shipped schema accepts.
 */
class DataDownloadsTest {

    @TempDir
    static java.nio.file.Path tmp;
    static TestProject project;

    @BeforeAll
    static void build() {
        project = TestProject.shipped(tmp);
        TestProject.Run run = project.build();
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    /** The ids a page shows for a kind of data, in page order. */
    static List<String> pageIds(String lang, String kind) {
        Document page = Jsoup.parse(project.read("target/site/" + lang + "/index.html"));
        return switch (kind) {
            case "timeline" -> page.select("#timeline li.event").eachAttr("id");
            case "figures" -> page.select("#figures li.figure").eachAttr("id").stream()
                    .map(id -> id.substring("figure-".length())).toList();
            default -> page.select("#sources ol.sources > li").eachAttr("id").stream()
                    .map(id -> id.substring("source-".length())).toList();
        };
    }

    static final Map<String, String> LIST_KEY = Map.of("timeline", "events", "figures", "figures", "sources", "sources");

    @ParameterizedTest
    @CsvSource({"sv,timeline", "en,timeline", "sv,figures", "en,figures", "sv,sources", "en,sources"})
    void theCsvIsRfc4180WithoutAByteOrderMarkAndHoldsEveryItemWithThePagesIds(String lang, String kind) throws Exception {
        byte[] bytes = Files.readAllBytes(project.path("target/site/data/" + lang + "/" + kind + ".csv"));
        assertThat(bytes[0]).as("no byte-order mark").isNotEqualTo((byte) 0xEF);
        List<List<String>> records = Rfc4180.parse(new String(bytes, StandardCharsets.UTF_8));
        List<String> header = records.get(0);
        assertThat(header).startsWith("id");
        List<String> ids = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertThat(r).as("fields of " + r.get(0)).hasSameSizeAs(header);
            ids.add(r.get(0));
        }
        assertThat(ids).isNotEmpty().isEqualTo(pageIds(lang, kind));
    }

    @ParameterizedTest
    @CsvSource({"sv,timeline", "en,timeline", "sv,figures", "en,figures", "sv,sources", "en,sources"})
    void theJsonValidatesAgainstItsSchemaAndHoldsTheSameItemsAsTheCsv(String lang, String kind) throws Exception {
        String json = project.read("target/site/data/" + lang + "/" + kind + ".json");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(project.read("target/site/data/schema/" + kind + ".schema.json"), InputFormat.JSON);
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();

        JsonNode doc = JsonMapper.shared().readTree(json);
        assertThat(doc.get("language").asString()).isEqualTo(lang);
        assertThat(doc.get("$schema").asString())
                .isEqualTo("https://kontext.example/nordkorea-arbetare/data/schema/" + kind + ".schema.json");
        List<String> ids = new ArrayList<>();
        doc.get(LIST_KEY.get(kind)).forEach(item -> ids.add(item.get("id").asString()));
        assertThat(ids).isEqualTo(pageIds(lang, kind));

        List<List<String>> csv = Rfc4180.parse(project.read("target/site/data/" + lang + "/" + kind + ".csv"));
        List<String> keys = new ArrayList<>();
        doc.get(LIST_KEY.get(kind)).get(0).propertyNames().forEach(keys::add);
        assertThat(csv.get(0)).as("CSV columns are the JSON fields").isEqualTo(keys);
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeline", "figures", "sources"})
    void theSchemaRejectsAnItemWithAFieldItDoesNotDocument(String kind) {
        String json = project.read("target/site/data/en/" + kind + ".json");
        String broken = json.replaceFirst("\"id\":", "\"undocumented\":1,\"id\":");
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(project.read("target/site/data/schema/" + kind + ".schema.json"), InputFormat.JSON);
        assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void factsAreAsWrittenInTheDataAndWordsAreTheLanguages() throws Exception {
        JsonNode en = JsonMapper.shared().readTree(project.read("target/site/data/en/figures.json"));
        JsonNode sv = JsonMapper.shared().readTree(project.read("target/site/data/sv/figures.json"));
        JsonNode entries = find(en.get("figures"), "entries-2024");
        assertThat(entries.get("value").isNumber()).isTrue();
        assertThat(entries.get("value").asInt()).isEqualTo(13221);
        assertThat(entries.get("valueText").asString()).isEqualTo("13,221");
        assertThat(find(sv.get("figures"), "entries-2024").get("valueText").asString().replace('\u00a0', ' '))
                .isEqualTo("13 221");
        JsonNode range = null;
        for (JsonNode f : en.get("figures")) {
            if (f.get("shape").asString().equals("range")) {
                range = f;
            }
        }
        assertThat(range.get("low").asInt()).isEqualTo(10000);
        assertThat(range.get("high").asInt()).isEqualTo(12000);
        assertThat(range.get("value").isNull()).isTrue();

        JsonNode timeline = JsonMapper.shared().readTree(project.read("target/site/data/sv/timeline.json"));
        JsonNode pact = null;
        for (JsonNode e : timeline.get("events")) {
            if (e.get("date").asString().equals("2024-06-19")) {
                pact = e;
            }
        }
        assertThat(pact.get("dateText").asString()).isEqualTo("19 juni 2024");
        assertThat(pact.get("page").asString()).isEqualTo("https://kontext.example/nordkorea-arbetare/sv/#"
                + pact.get("id").asString());
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no item " + id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void eachSectionLinksToItsDataAndSoDoTheEmbeds(String lang) {
        Document page = Jsoup.parse(project.read("target/site/" + lang + "/index.html"));
        for (String kind : new String[] {"timeline", "figures", "sources"}) {
            Element section = page.getElementById(kind);
            assertThat(section.select("a[href]").eachAttr("href")).as(kind)
                    .contains("../data/" + lang + "/" + kind + ".csv", "../data/" + lang + "/" + kind + ".json",
                            "../data/schema/" + kind + ".schema.json");
        }
        Document embed = Jsoup.parse(project.read("target/site/embed/" + lang + "/timeline/index.html"));
        assertThat(embed.select("a[href]").eachAttr("href")).contains("../../../data/" + lang + "/timeline.csv");
        Document figures = Jsoup.parse(project.read("target/site/embed/" + lang + "/figures/index.html"));
        assertThat(figures.select("a[href]").eachAttr("href")).contains("../../../data/" + lang + "/figures.json");
    }
}
