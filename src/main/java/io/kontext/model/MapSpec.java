package io.kontext.model;

import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import java.util.List;
import java.util.Map;

/**
 * A locator map: country outlines from a geographic data file under {@code site/}, the countries
 * to name (some highlighted) and the places to mark, with words per language.
 *
 * @param geo the outlines file as read ({@code countries.json} in Kontext's format)
 */
public record MapSpec(String id, SourceText geo, List<String> sources, Map<String, Words> words,
        List<Country> countries, List<Place> places, Position position) {

    /** @param credit the data's attribution, shown under the map */
    public record Words(String title, String description, String credit, Position position) {
    }

    public record Country(String id, boolean highlighted, Map<String, String> labels) {
    }

    public record Place(String id, double lon, double lat, Map<String, String> labels) {
    }
}
