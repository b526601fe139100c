package io.kontext.model;

import io.kontext.diag.Position;
import java.util.List;
import java.util.Map;

/**
 * A locator map: country outlines from a geographic data file under {@code site/}, the countries
 * to name (some highlighted) and the places to mark, with words per language.
 *
 * @param outlines every country of the outlines file named by {@code geo:}, in file order; each of
 *     {@code countries} is among them (the load stage checks it)
 */
public record MapSpec(String id, List<Outline> outlines, List<String> sources, Map<String, Words> words,
        List<Country> countries, List<Place> places, Position position) {

    /** @param credit the data's attribution, shown under the map */
    public record Words(String title, String description, String credit, Position position) {
    }

    public record Country(String id, boolean highlighted, Map<String, String> labels) {
    }

    public record Place(String id, double lon, double lat, Map<String, String> labels) {
    }
}
