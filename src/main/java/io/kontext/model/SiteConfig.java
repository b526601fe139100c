package io.kontext.model;

import io.kontext.diag.Position;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What {@code site.yaml} says.
 *
 * @param baseUrl absolute, ends with a slash
 * @param sections the explainer page's sections in order: built-in ones ({@code figures},
 *     {@code timeline}, {@code article}, {@code corrections}, {@code glossary}, {@code sources})
 *     and the names of Markdown sections
 * @param cardFigure the key figure on the social card, or {@code null}
 */
public record SiteConfig(Map<String, String> title, Map<String, String> description, List<Language> languages,
        URI baseUrl, Publisher publisher, LocalDate published, LocalDate updated, ZoneId timeZone,
        String seedFile, LocalDate articlePublished, List<String> drop, List<String> sections,
        Map<String, Position> sectionPositions, List<Category> categories, String cardFigure, Position seedPosition,
        Position position, List<PublishTarget> publish) {

    /** A timeline category: an id used in the data, and its name in each language. */
    public record Category(String id, Map<String, String> labels) {
    }

    public record Publisher(String name, String url) {
    }

    /** The article's own language: the first listed, the x-default of every page. */
    public Language original() {
        return languages.get(0);
    }

    /** The languages the article is translated into: every one but the first, in order. */
    public List<Language> translations() {
        return languages.subList(1, languages.size());
    }

    /** The language with this code, or null. */
    public Language language(String code) {
        return languages.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }
}
