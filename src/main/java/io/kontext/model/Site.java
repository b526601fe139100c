package io.kontext.model;

import java.util.List;

/**
 * Everything the explainer is made of, loaded and checked: the input of the render stage. The
 * pages are sorted by their address.
 */
public record Site(SiteConfig config, Article article, List<Event> events, List<Figure> figures,
        List<Source> sources, List<Term> terms, List<Correction> corrections, List<Section> sections,
        List<Chart> charts, List<MapSpec> maps, List<Page> pages) {

    public Source source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
