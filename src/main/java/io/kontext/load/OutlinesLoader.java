package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.Severity;
import io.kontext.diag.SourceText;
import io.kontext.model.LonLat;
import io.kontext.model.Outline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one outlines file ({@code site/data/geo/countries.json}; its format is in the README beside
 * it) into {@link Outline}s, and reports every problem at its line and column: malformed JSON, no
 * {@code countries} list, a country without {@code id} or {@code rings}, an id used twice, a ring of
 * fewer than three points, a point that is not {@code [longitude, latitude]} in range.
 *
 * <p>The JSON is read by {@link YamlReader}, as JSON is YAML 1.2: that reader keeps every value's
 * position and refuses duplicate keys. Its limits suit the file: the shipped one is 150 KB (the
 * limit is 2 Mi characters) and nested 6 levels deep, object, countries, country, rings, ring,
 * point (the limit is {@value YamlReader#MAX_DEPTH}). Tabs are read as spaces: JSON allows a tab
 * wherever it allows a space (a string cannot hold a raw one), YAML refuses tabs that indent, and
 * one character for another keeps every column.
 */
final class OutlinesLoader {

    /**
     * Problems reported in full per file; the rest are counted. A converter gone wrong (latitude and
     * longitude swapped, say) breaks thousands of points alike, and the first ones tell the story.
     */
    static final int MAX_REPORTED = 20;
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final String FORMAT = "see site/data/geo/README.md for the format";
    private static final String RINGS_HINT = "a list of rings, each of at least three [longitude, latitude]"
            + " points: \"rings\": [[[128.38, 38.62], [128.17, 38.36], [127.9, 38.1]]]";
    private static final String POINT_HINT = "write [longitude, latitude] in decimal degrees:"
            + " longitude -180..180 (east), latitude -90..90 (north)";

    private final Diagnostics diagnostics;
    private final SourceText file;
    private int problems;

    OutlinesLoader(Diagnostics diagnostics, SourceText file) {
        this.diagnostics = diagnostics;
        this.file = file;
    }

    /** The countries in file order, or empty when the file has problems (all of them reported). */
    Optional<List<Outline>> read() {
        YamlReader json = new YamlReader(diagnostics, YamlReader.Syntax.JSON);
        Optional<YamlNode> root = json.read(file, file.text().replace('\t', ' '), 0);
        if (root.isEmpty()) {
            if (json.empty(root)) {
                diagnostics.error(file.at(1, 1), "empty", file.path() + " is empty", FORMAT);
            }
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping top)) {
            problem(root.get().position(), file.path() + " must be an object with a 'countries' list, found "
                    + kind(root.get()), FORMAT);
            return Optional.empty();
        }
        YamlNode list = top.entries().get("countries");
        if (!(list instanceof YamlNode.Sequence countries)) {
            problem(list == null ? top.position() : list.position(), list == null
                    ? file.path() + " has no 'countries' list"
                    : "'countries' must be a list of countries, found " + kind(list), FORMAT);
            return Optional.empty();
        }
        Map<String, Position> ids = new HashMap<>();
        List<Outline> outlines = new ArrayList<>();
        for (int i = 0; i < countries.items().size(); i++) {
            country(countries.items().get(i), i + 1, ids).ifPresent(outlines::add);
        }
        if (problems > MAX_REPORTED) {
            diagnostics.error(file.whole(), "outlines", (problems - MAX_REPORTED) + " more problems in "
                    + file.path() + " are not shown", "mend the ones shown first; they are likely all alike");
        }
        return problems == 0 ? Optional.of(List.copyOf(outlines)) : Optional.empty();
    }

    private Optional<Outline> country(YamlNode node, int index, Map<String, Position> ids) {
        if (!(node instanceof YamlNode.Mapping c)) {
            problem(node.position(), "country " + index + " must be an object with 'id' and 'rings', found "
                    + kind(node), FORMAT);
            return Optional.empty();
        }
        YamlNode idNode = c.entries().get("id");
        String id = idNode instanceof YamlNode.Scalar s && !s.isNull() && !s.value().isBlank() ? s.value() : null;
        if (id == null) {
            problem(idNode == null ? c.position() : idNode.position(), "country " + index + " has no 'id'",
                    "give each country its id as text, the id maps.yaml names: \"id\": \"KP\"");
        } else if (ids.containsKey(id)) {
            problem(idNode.position(), "country id '" + id + "' is used twice",
                    "it is already used at line " + ids.get(id).line() + "; ids must be unique");
        } else {
            ids.put(id, idNode.position());
        }
        String what = id != null ? "country '" + id + "'" : "country " + index;
        YamlNode ringsNode = c.entries().get("rings");
        if (!(ringsNode instanceof YamlNode.Sequence rs) || rs.items().isEmpty()) {
            problem(ringsNode == null ? c.position() : ringsNode.position(), ringsNode == null ? what + " has no 'rings'"
                    : ringsNode instanceof YamlNode.Sequence ? what + " has an empty 'rings' list"
                    : "the 'rings' of " + what + " must be a list of rings, found " + kind(ringsNode), RINGS_HINT);
            return Optional.empty();
        }
        List<List<LonLat>> rings = new ArrayList<>();
        for (int r = 0; r < rs.items().size(); r++) {
            ring(rs.items().get(r), "ring " + (r + 1) + " of " + what).ifPresent(rings::add);
        }
        return id != null && rings.size() == rs.items().size() ? Optional.of(new Outline(id, rings)) : Optional.empty();
    }

    private Optional<List<LonLat>> ring(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Sequence points)) {
            problem(node.position(), what + " must be a list of [longitude, latitude] points, found " + kind(node),
                    FORMAT);
            return Optional.empty();
        }
        boolean ok = true;
        if (points.items().size() < 3) {
            ok = false;
            problem(node.position(), what + " has " + points.items().size() + (points.items().size() == 1 ? " point"
                    : " points") + "; a ring needs at least 3", "drop the ring, or give it its missing points");
        }
        List<LonLat> ring = new ArrayList<>(points.items().size());
        for (int p = 0; p < points.items().size(); p++) {
            Optional<LonLat> point = point(points.items().get(p), "point " + (p + 1) + " of " + what);
            ok &= point.isPresent();
            point.ifPresent(ring::add);
        }
        return ok ? Optional.of(List.copyOf(ring)) : Optional.empty();
    }

    private Optional<LonLat> point(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Sequence xy) || xy.items().size() != 2) {
            problem(node.position(), what + " must be [longitude, latitude], found " + (node instanceof
                    YamlNode.Sequence s ? "a list of " + s.items().size() : kind(node)), POINT_HINT);
            return Optional.empty();
        }
        Optional<Double> lon = degrees(xy.items().get(0), "longitude", 180, what);
        Optional<Double> lat = degrees(xy.items().get(1), "latitude", 90, what);
        return lon.isPresent() && lat.isPresent() ? Optional.of(new LonLat(lon.get(), lat.get()))
                : Optional.empty();
    }

    private Optional<Double> degrees(YamlNode node, String name, double limit, String what) {
        if (!(node instanceof YamlNode.Scalar s) || !s.plain() || !NUMBER.matcher(s.value()).matches()) {
            problem(node.position(), "the " + name + " of " + what + " must be a number, found " + kind(node),
                    POINT_HINT);
            return Optional.empty();
        }
        double v = Double.parseDouble(s.value());
        if (Math.abs(v) > limit) {
            problem(node.position(), "the " + name + " of " + what + ", " + s.value() + ", is outside -"
                    + (int) limit + ".." + (int) limit, POINT_HINT);
            return Optional.empty();
        }
        return Optional.of(v);
    }

    private void problem(Position at, String message, String hint) {
        if (++problems <= MAX_REPORTED) {
            diagnostics.error(at, "outlines", message, hint);
        }
    }

    /** A value's kind in JSON's words, for "found ...". */
    private static String kind(YamlNode node) {
        if (node instanceof YamlNode.Mapping) {
            return "an object";
        }
        if (node instanceof YamlNode.Sequence) {
            return "a list";
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        if (s.isNull()) {
            return "nothing";
        }
        return s.plain() && NUMBER.matcher(s.value()).matches() ? "the number " + s.value()
                : "the text '" + s.value() + "'";
    }
}
