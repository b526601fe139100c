package io.kontext.render;

import io.kontext.layout.Layout;
import io.kontext.model.Event;
import io.kontext.model.Figure;
import io.kontext.model.Language;
import io.kontext.model.PartialDate;
import io.kontext.model.Site;
import io.kontext.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;


/**
 * "Get the data": the timeline, the key figures and the sources as CSV and JSON in every language
 * ({@code data/<lang>/timeline.csv}, {@code .json}, ...), with the ids the pages use, and a JSON
 * Schema for each ({@code data/schema/timeline.schema.json}, shipped with Kontext). Facts are as
 * written in the data (dates ISO, numbers raw); words are the language's, with the dates also
 * formatted the way the page writes them. CSV and JSON hold the same fields in the same order: a
 * list (source ids) is one CSV field, its items separated by spaces.
 */
final class DataDownloads {

    static final List<String> KINDS = List.of("timeline", "figures", "sources");

    private final Site site;
    private final Layout layout;

    DataDownloads(Site site, Layout layout) {
        this.site = site;
        this.layout = layout;
    }

    List<OutputFile> files(Map<String, Edition> editions) {
        List<OutputFile> out = new ArrayList<>();
        for (String kind : KINDS) {
            out.add(new OutputFile(layout.schema(kind).path(), schema(kind), "site/site.yaml"));
        }
        for (Edition data : editions.values()) {
            Language l = data.language();
            add(out, l, "timeline", "events", events(data), "site/data/timeline.yaml");
            add(out, l, "figures", "figures", figures(data), "site/data/figures.yaml");
            add(out, l, "sources", "sources", sources(data), "site/data/sources.yaml");
        }
        return out;
    }

    private String page(Language l, String anchor) {
        return layout.url(layout.explainer(l), anchor);
    }

    private List<Map<String, Object>> events(Edition data) {
        Language l = data.language();
        Formats formats = data.formats();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Event e : site.events()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", e.id());
            r.put("page", page(l, Layout.eventAnchor(e.id())));
            r.put("date", written(e.date()));
            r.put("precision", precision(e.date()));
            r.put("end", e.end() == null ? null : written(e.end()));
            r.put("firstDay", e.date().start().toString());
            r.put("lastDay", (e.end() == null ? e.date() : e.end()).end().toString());
            r.put("dateText", formats.span(e.date(), e.end()));
            r.put("category", e.category());
            r.put("categoryLabel", data.categoryLabel(e.category()));
            r.put("status", e.status().key());
            r.put("statusLabel", data.statusLabel(e));
            r.put("afterArticle", site.article().published() != null
                    && e.date().start().isAfter(site.article().published()));
            r.put("title", data.title(e));
            r.put("text", data.plain(e));
            r.put("sources", e.sources());
            r.put("corrections", site.corrections().stream().filter(c -> c.events().contains(e.id()))
                    .map(io.kontext.model.Correction::id).toList());
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, Object>> figures(Edition data) {
        Language l = data.language();
        Formats formats = data.formats();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure f : site.figures()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", f.id());
            r.put("page", page(l, Layout.figureAnchor(f.id())));
            r.put("shape", f.shape().name().toLowerCase(Locale.ROOT));
            r.put("value", f.shape() == Figure.Shape.SINGLE ? f.numbers().get(0) : null);
            r.put("low", f.shape() == Figure.Shape.RANGE ? f.numbers().get(0) : null);
            r.put("high", f.shape() == Figure.Shape.RANGE ? f.numbers().get(1) : null);
            r.put("parts", f.shape() == Figure.Shape.PARTS ? f.numbers() : null);
            r.put("approximate", f.approximate());
            r.put("valueText", formats.value(f));
            r.put("unit", f.words().get(l.code()).unit());
            r.put("label", data.label(f));
            r.put("note", data.plain(f));
            r.put("asOf", written(f.asOf()));
            r.put("asOfPrecision", precision(f.asOf()));
            r.put("asOfText", formats.date(f.asOf()));
            r.put("sources", f.sources());
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, Object>> sources(Edition data) {
        Language l = data.language();
        Formats formats = data.formats();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Source s : site.sources()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", s.id());
            r.put("number", s.number());
            r.put("page", page(l, Layout.sourceAnchor(s.id())));
            r.put("publisher", s.publisher());
            r.put("title", s.title());
            r.put("url", s.url());
            r.put("date", written(s.date()));
            r.put("precision", precision(s.date()));
            r.put("dateText", formats.date(s.date()));
            r.put("language", s.language());
            rows.add(r);
        }
        return rows;
    }

    private void add(List<OutputFile> out, Language l, String kind, String listKey, List<Map<String, Object>> rows,
            String origin) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", layout.url(layout.schema(kind)));
        doc.put("language", l.code());
        doc.put("title", site.config().title().get(l.code()));
        doc.put("explainer", layout.url(layout.explainer(l)));
        doc.put("updated", site.config().updated().toString());
        doc.put(listKey, rows);
        out.add(new OutputFile(layout.data(l, kind, "json").path(), bytes(Json.write(doc) + "\n"), origin));
        Csv csv = new Csv(COLUMNS.get(kind));
        for (Map<String, Object> r : rows) {
            if (!List.copyOf(r.keySet()).equals(COLUMNS.get(kind))) {
                throw new IllegalStateException("the fields of " + kind + " are not its columns: " + r.keySet());
            }
            csv.row(r.values().stream().map(DataDownloads::csvField).toList());
        }
        out.add(new OutputFile(layout.data(l, kind, "csv").path(), bytes(csv.toString()), origin));
    }

    /** The fields of a row of each kind, in order: the CSV header, and the keys of a JSON item. */
    static final Map<String, List<String>> COLUMNS = Map.of(
            "timeline", List.of("id", "page", "date", "precision", "end", "firstDay", "lastDay", "dateText", "category",
                    "categoryLabel", "status", "statusLabel", "afterArticle", "title", "text", "sources", "corrections"),
            "figures", List.of("id", "page", "shape", "value", "low", "high", "parts", "approximate", "valueText", "unit",
                    "label", "note", "asOf", "asOfPrecision", "asOfText", "sources"),
            "sources", List.of("id", "number", "page", "publisher", "title", "url", "date", "precision", "dateText",
                    "language"));

    private static String csvField(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(DataDownloads::csvField).collect(Collectors.joining(" "));
        }
        return v.toString();
    }

    /** The date as the data writes it: {@code 2024-06-19}, {@code 2024-06}, {@code 2024-autumn}, {@code 2024}. */
    static String written(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> d.start().toString();
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", d.year(), d.month());
            case SEASON -> String.format(Locale.ROOT, "%04d-%s", d.year(), d.season().key());
            case YEAR -> String.format(Locale.ROOT, "%04d", d.year());
        };
    }

    private static String precision(PartialDate d) {
        return d.precision().name().toLowerCase(Locale.ROOT);
    }

    private static byte[] schema(String kind) {
        try (InputStream in = DataDownloads.class.getResourceAsStream("schema/" + kind + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the schema of " + kind + " is missing from Kontext's class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
