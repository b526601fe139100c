package io.kontext.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kontext.testing.TestProject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The update feed of each language: Atom (RFC 4287), announced by the pages, listing the corrections. */
class FeedTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path tmp;
    static TestProject project;

    @BeforeAll
    static void build() {
        project = TestProject.fixture("minimal", tmp);
        assertThat(project.build().exitCode()).isZero();
    }

    static org.w3c.dom.Document feed(String lang) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(Files.readAllBytes(project.path("target/site/" + lang + "/feed.xml"))));
    }

    static String child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent();
    }

    static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList list = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void theFeedIsWellFormedAtomWithEveryRequiredElement(String lang) throws Exception {
        Element feed = feed(lang).getDocumentElement();
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(child(feed, "id")).isEqualTo("https://example.org/bron/" + lang + "/feed.xml");
        assertThat(child(feed, "title")).isNotBlank();
        assertThat(OffsetDateTime.parse(child(feed, "updated"))).isNotNull();
        List<Element> links = elements(feed, "link").stream().filter(l -> l.getParentNode() == feed).toList();
        assertThat(links).anySatisfy(l -> {
            assertThat(l.getAttribute("rel")).isEqualTo("self");
            assertThat(l.getAttribute("href")).isEqualTo("https://example.org/bron/" + lang + "/feed.xml");
        });
        assertThat(links).anySatisfy(l -> {
            assertThat(l.getAttribute("rel")).isEqualTo("alternate");
            assertThat(l.getAttribute("href")).isEqualTo("https://example.org/bron/" + lang + "/");
        });
        assertThat(child(feed, "name")).isEqualTo("Lokalbladet");
        List<Element> entries = elements(feed, "entry");
        assertThat(entries).hasSize(3);
        List<String> ids = new ArrayList<>();
        for (Element e : entries) {
            ids.add(child(e, "id"));
            assertThat(child(e, "title")).isNotBlank();
            assertThat(OffsetDateTime.parse(child(e, "updated"))).isNotNull();
            assertThat(elements(e, "content")).singleElement().extracting(c -> c.getAttribute("type")).isEqualTo("html");
        }
        assertThat(ids).doesNotHaveDuplicates();
    }

    @org.junit.jupiter.api.Test
    void theCorrectionIsAnEntryInEachLanguageNewestFirst() throws Exception {
        Element sv = elements(feed("sv").getDocumentElement(), "entry").get(0);
        assertThat(child(sv, "id")).isEqualTo("https://example.org/bron/sv/#correction-demolition-year");
        assertThat(child(sv, "title")).isEqualTo("Rättelse: ”revs 2023”");
        assertThat(child(sv, "updated")).isEqualTo("2025-03-02T00:00:00+01:00");
        assertThat(child(sv, "content")).contains("revs först 1 februari 2024");
        Element en = elements(feed("en").getDocumentElement(), "entry").get(0);
        assertThat(child(en, "title")).isEqualTo("Correction: “was torn down in 2023”");
        assertThat(elements(en, "link").get(0).getAttribute("href"))
                .isEqualTo("https://example.org/bron/en/#correction-demolition-year");
        List<Element> entries = elements(feed("en").getDocumentElement(), "entry");
        assertThat(child(entries.get(entries.size() - 1), "updated")).startsWith("2025-03-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sv", "en"})
    void thePagesAnnounceTheFeedInTheHeadAndLinkItBesideTheCorrections(String lang) {
        Document page = Jsoup.parse(project.read("target/site/" + lang + "/index.html"));
        assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("../" + lang + "/feed.xml");
        assertThat(page.select("#corrections a[type=application/atom+xml]").eachAttr("href")).containsExactly("feed.xml");
        Document parallel = Jsoup.parse(project.read("target/site/" + lang + "/parallel/index.html"));
        assertThat(parallel.select("head link[type=application/atom+xml]").eachAttr("href"))
                .containsExactly("../../" + lang + "/feed.xml");
        Document embed = Jsoup.parse(project.read("target/site/embed/" + lang + "/timeline/index.html"));
        assertThat(embed.select("head link[type=application/atom+xml]")).isEmpty();
    }
}
