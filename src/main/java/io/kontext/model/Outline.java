package io.kontext.model;

import java.util.List;

/**
 * One country's outline from an outlines file ({@code site/data/geo/countries.json}, see the README
 * beside it), read and checked by the load stage so that the render stage only projects it.
 *
 * @param id the country's id in that file, the id {@code maps.yaml} names (ISO 3166-1 alpha-2 in
 *     the shipped file, e.g. {@code KP})
 * @param rings one ring per polygon, each of at least three points, not closed (the first point is
 *     not repeated at the end)
 */
public record Outline(String id, List<List<LonLat>> rings) {

    public Outline {
        rings = rings.stream().map(List::copyOf).toList();
    }
}
