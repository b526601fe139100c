package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.SourceText;
import io.kontext.model.Chart;
import io.kontext.model.Language;
import io.kontext.model.MapSpec;
import io.kontext.model.Outline;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code site/data/charts.yaml} and {@code site/data/maps.yaml}, with the outlines files that maps name. */
final class VisualsLoader {

    private final Diagnostics diagnostics;
    private final List<Language> languages;
    private final References refs;
    private final DataFile files;
    /** Outlines by file, so that maps drawn from the same file read it once. */
    private final Map<String, Optional<List<Outline>>> outlinesByFile = new HashMap<>();

    VisualsLoader(Diagnostics diagnostics, List<Language> languages, References refs) {
        this.diagnostics = diagnostics;
        this.languages = languages;
        this.refs = refs;
        this.files = new DataFile(diagnostics, refs);
    }

    List<Chart> charts(SourceText file) {
        return files.items(file, "charts", "chart", "a chart", f -> {
            String id = f.requiredText("id", null).orElseThrow();
            var sources = refs.sources(f.textList("sources", true));
            var words = Words.blocks(f, languages, diagnostics, "chart", id, "'title', 'description' and 'unit'",
                    (w, l) -> {
                        Optional<String> title = w.requiredText("title", "what the chart shows");
                        Optional<String> description = w.requiredText("description",
                                "the chart in a sentence or two, for readers who cannot see it");
                        Optional<String> unit = w.requiredText("unit", "what the numbers count, e.g. entries");
                        if (title.isEmpty() || description.isEmpty() || unit.isEmpty()) {
                            return Optional.empty();
                        }
                        return Optional.of(new Chart.Words(title.get(), description.get(), unit.get(), w.position()));
                    });
            List<Chart.Bar> bars = new ArrayList<>();
            for (YamlNode node : f.list("bars", true)) {
                Fields.of(node, diagnostics, "a bar").ifPresent(b -> bar(b).ifPresent(bars::add));
            }
            if (bars.isEmpty() || words.size() < languages.size()) {
                return Optional.empty();
            }
            return Optional.of(new Chart(id, sources, words, List.copyOf(bars), f.position()));
        });
    }

    private Optional<Chart.Bar> bar(Fields b) {
        String figure = null;
        BigDecimal value = null;
        if (b.has("figure") == b.has("value")) {
            diagnostics.error(b.position(), "chart-bar", "a bar needs either 'figure' (a key figure's id) or 'value'",
                    "figure: entries-2024, or value: 3098");
        } else if (b.has("figure")) {
            figure = b.text("figure").map(v -> refs.figure(new Fields.Item(v, b.valuePosition("figure")))).orElse(null);
        } else {
            value = b.text("value").filter(v -> v.matches("\\d+(\\.\\d+)?")).map(BigDecimal::new).orElse(null);
            if (value == null) {
                diagnostics.error(b.valuePosition("value"), "type", "a bar's value must be a number", "write digits only");
            }
        }
        Map<String, String> labels = Words.texts(b, "label", languages, diagnostics, "a bar");
        b.finish();
        if ((figure == null && value == null) || labels.size() < languages.size()) {
            return Optional.empty();
        }
        return Optional.of(new Chart.Bar(figure, value, labels, b.position()));
    }

    List<MapSpec> maps(SourceText file, TextFiles texts, Path site) {
        return files.items(file, "maps", "map", "a map", f -> {
            String id = f.requiredText("id", null).orElseThrow();
            Optional<SourceText> geo = f.requiredText("geo", "the outlines file under site/, e.g. data/geo/countries.json")
                    .flatMap(g -> texts.read(site.resolve(g).normalize(), f.valuePosition("geo"),
                            "the path is relative to site/"));
            Optional<List<Outline>> outlines = geo.flatMap(g -> outlinesByFile.computeIfAbsent(g.path(),
                    path -> new OutlinesLoader(diagnostics, g).read()));
            Set<String> known = new HashSet<>();
            outlines.ifPresent(o -> o.forEach(c -> known.add(c.id())));
            var sources = refs.sources(f.textList("sources", false));
            var words = Words.blocks(f, languages, diagnostics, "map", id, "'title', 'description' and 'credit'",
                    (w, l) -> {
                        Optional<String> title = w.requiredText("title", "what the map shows");
                        Optional<String> description = w.requiredText("description",
                                "the map in words, for readers who cannot see it");
                        Optional<String> credit = w.requiredText("credit", "where the map data comes from");
                        if (title.isEmpty() || description.isEmpty() || credit.isEmpty()) {
                            return Optional.empty();
                        }
                        return Optional.of(new MapSpec.Words(title.get(), description.get(), credit.get(), w.position()));
                    });
            List<MapSpec.Country> countries = new ArrayList<>();
            for (YamlNode node : f.list("countries", true)) {
                Fields.of(node, diagnostics, "a country").ifPresent(c -> {
                    Optional<String> cid = c.requiredText("id", "the country's id in the outlines file, e.g. KP");
                    boolean highlighted = c.bool("highlight").orElse(false);
                    Map<String, String> labels = Words.texts(c, "label", languages, diagnostics, "a country");
                    c.finish();
                    if (cid.isPresent() && outlines.isPresent() && !known.contains(cid.get())) {
                        diagnostics.error(c.valuePosition("id"), "unknown-country", "map '" + id + "' names country '"
                                + cid.get() + "', which " + geo.get().path() + " does not have",
                                "use an id of that file (ISO codes such as KP)");
                    }
                    cid.ifPresent(x -> countries.add(new MapSpec.Country(x, highlighted, labels)));
                });
            }
            List<MapSpec.Place> places = new ArrayList<>();
            for (YamlNode node : f.list("places", true)) {
                Fields.of(node, diagnostics, "a place").ifPresent(p -> {
                    Optional<String> pid = p.requiredText("id", "a short name");
                    Optional<Double> lon = coordinate(p, "lon", 180);
                    Optional<Double> lat = coordinate(p, "lat", 90);
                    Map<String, String> labels = Words.texts(p, "label", languages, diagnostics, "a place");
                    p.finish();
                    if (pid.isPresent() && lon.isPresent() && lat.isPresent()) {
                        places.add(new MapSpec.Place(pid.get(), lon.get(), lat.get(), labels));
                    }
                });
            }
            if (outlines.isEmpty() || words.size() < languages.size()) {
                return Optional.empty();
            }
            return Optional.of(new MapSpec(id, outlines.get(), sources, words, List.copyOf(countries), List.copyOf(places),
                    f.position()));
        });
    }

    private Optional<Double> coordinate(Fields f, String key, double limit) {
        return f.requiredText(key, "degrees, e.g. 125.75").flatMap(v -> {
            if (v.matches("-?\\d+(\\.\\d+)?") && Math.abs(Double.parseDouble(v)) <= limit) {
                return Optional.of(Double.parseDouble(v));
            }
            diagnostics.error(f.valuePosition(key), "value", "'" + v + "' is not a " + (limit == 90 ? "latitude"
                    : "longitude"), "write decimal degrees between -" + (int) limit + " and " + (int) limit);
            return Optional.empty();
        });
    }
}
