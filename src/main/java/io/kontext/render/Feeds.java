package io.kontext.render;

import io.kontext.layout.Layout;
import io.kontext.load.Messages;
import io.kontext.model.Correction;
import io.kontext.model.Language;
import io.kontext.model.Site;
import io.kontext.model.SiteConfig;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;


/**
 * The update feed of each language, {@code <lang>/feed.xml}: an Atom feed (RFC 4287) of the
 * explainer's publication, its update and every dated correction or clarification, newest first.
 * Entry ids are the page's address with a fragment (the correction's anchor), so they stay the
 * same from build to build; times are the start of the day in the site's time zone, since the
 * data holds days. Feed readers see a correction as soon as the site is rebuilt.
 */
final class Feeds {

    private final Site site;
    private final Messages messages;
    private final Layout layout;

    Feeds(Site site, Messages messages, Layout layout) {
        this.site = site;
        this.messages = messages;
        this.layout = layout;
    }

    private record Entry(String id, String title, LocalDate date, String link, String html) {
    }

    /** The feed of each language. */
    List<OutputFile> files(Map<String, Edition> editions) {
        List<OutputFile> out = new ArrayList<>();
        for (Edition e : editions.values()) {
            out.add(new OutputFile(layout.feed(e.language()).path(), feed(e).getBytes(StandardCharsets.UTF_8),
                    "site/data/corrections.yaml"));
        }
        return out;
    }

    String feed(Edition edition) {
        SiteConfig c = site.config();
        Language l = edition.language();
        String lang = l.code();
        String page = layout.url(layout.explainer(l));
        String self = layout.url(layout.feed(l));
        List<Entry> entries = new ArrayList<>();
        for (Correction x : site.corrections()) {
            String anchor = layout.url(layout.explainer(l), Layout.correctionAnchor(x.id()));
            entries.add(new Entry(anchor, messages.get(lang, "feed.correction", edition.typeLabel(x),
                    x.words().get(lang).quote()), x.date(), anchor, edition.uncitedHtml(x).strip()));
        }
        String description = escape(c.description().get(lang));
        if (!c.updated().equals(c.published())) {
            entries.add(new Entry(page + "#updated-" + c.updated(), messages.get(lang, "feed.updated"), c.updated(), page,
                    description));
        }
        entries.add(new Entry(page + "#published-" + c.published(), messages.get(lang, "feed.published"),
                c.published(), page, description));
        entries.sort(Comparator.comparing(Entry::date).reversed());
        LocalDate newest = entries.stream().map(Entry::date).max(Comparator.naturalOrder()).orElse(c.updated());
        if (c.updated().isAfter(newest)) {
            newest = c.updated();
        }

        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        b.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(escape(l.locale().toLanguageTag()))
                .append("\" xml:base=\"").append(escape(page)).append("\">\n");
        b.append("  <id>").append(escape(self)).append("</id>\n");
        b.append("  <title>").append(escape(messages.get(lang, "feed.title", c.title().get(lang)))).append("</title>\n");
        b.append("  <subtitle>").append(description).append("</subtitle>\n");
        b.append("  <updated>").append(time(newest)).append("</updated>\n");
        b.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(escape(self)).append("\"/>\n");
        b.append("  <link rel=\"alternate\" type=\"text/html\" hreflang=\"").append(escape(lang)).append("\" href=\"")
                .append(escape(page)).append("\"/>\n");
        b.append("  <author>\n    <name>").append(escape(c.publisher().name())).append("</name>\n    <uri>")
                .append(escape(c.publisher().url())).append("</uri>\n  </author>\n");
        for (Entry e : entries) {
            b.append("  <entry>\n");
            b.append("    <id>").append(escape(e.id())).append("</id>\n");
            b.append("    <title>").append(escape(e.title())).append("</title>\n");
            b.append("    <published>").append(time(e.date())).append("</published>\n");
            b.append("    <updated>").append(time(e.date())).append("</updated>\n");
            b.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(escape(e.link())).append("\"/>\n");
            b.append("    <content type=\"html\">").append(escape(e.html())).append("</content>\n");
            b.append("  </entry>\n");
        }
        b.append("</feed>\n");
        return b.toString();
    }

    /** An RFC 3339 time: the start of the day in the site's time zone. */
    private String time(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.MIDNIGHT, site.config().timeZone()).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
