package io.kontext.render;

import io.kontext.layout.Address;
import io.kontext.layout.Layout;
import io.kontext.model.Correction;
import io.kontext.model.Language;
import io.kontext.model.Site;
import io.kontext.model.SiteConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The addresses and metadata in a page's {@code <head>}: the hreflang set (every language and
 * {@code x-default}, the same set on every page of it, so the links are reciprocal; none on a
 * site of one language), Open Graph
 * locales and the JSON-LD description of the explainer.
 */
final class Head {

    private final Site site;
    private final SiteConfig config;
    private final Layout layout;

    Head(Site site, Layout layout) {
        this.site = site;
        this.config = site.config();
        this.layout = layout;
    }

    /**
     * The hreflang set of a page that exists in every language: each language's version, and
     * {@code xDefault} for readers of none.
     */
    List<Views.Alternate> alternates(Function<Language, Address> page, Address xDefault) {
        List<Views.Alternate> out = new ArrayList<>();
        if (config.languages().size() < 2) {
            return out; // one language: nothing to pair
        }
        for (Language l : config.languages()) {
            out.add(new Views.Alternate(l.code(), layout.url(page.apply(l))));
        }
        out.add(new Views.Alternate("x-default", layout.url(xDefault)));
        return out;
    }

    /** The explainer's hreflang set: each language, and the chooser as x-default. */
    List<Views.Alternate> explainerAlternates() {
        return alternates(layout::explainer, layout.chooser());
    }

    static String ogLocale(Language l) {
        return l.locale().getCountry().isEmpty() ? l.locale().getLanguage()
                : l.locale().getLanguage() + "_" + l.locale().getCountry();
    }

    List<String> ogAlternates(Language current) {
        return config.languages().stream().filter(l -> !l.is(current)).map(Head::ogLocale).toList();
    }

    /**
     * A schema.org {@code BackgroundNewsArticle} for the explainer in one language, linked to its
     * translations, with the article's corrections as {@code CorrectionComment}s.
     */
    String jsonLd(Edition edition) {
        Language l = edition.language();
        String url = layout.url(layout.explainer(l));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "BackgroundNewsArticle");
        article.put("@id", url + "#explainer");
        article.put("url", url);
        article.put("headline", config.title().get(l.code()));
        article.put("description", config.description().get(l.code()));
        article.put("inLanguage", l.locale().toLanguageTag());
        article.put("datePublished", config.published().toString());
        article.put("dateModified", config.updated().toString());
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@type", "Organization");
        publisher.put("name", config.publisher().name());
        publisher.put("url", config.publisher().url());
        article.put("publisher", publisher);
        article.put("author", publisher);
        Language original = config.original();
        if (l.is(original)) {
            List<Object> translations = new ArrayList<>();
            for (Language other : config.translations()) {
                translations.add(Map.of("@id", layout.url(layout.explainer(other)) + "#explainer"));
            }
            if (!translations.isEmpty()) {
                article.put("workTranslation", translations);
            }
        } else {
            article.put("translationOfWork", Map.of("@id", layout.url(layout.explainer(original)) + "#explainer"));
        }
        List<Object> corrections = new ArrayList<>();
        for (Correction c : site.corrections()) {
            Map<String, Object> comment = new LinkedHashMap<>();
            comment.put("@type", "CorrectionComment");
            comment.put("datePublished", c.date().toString());
            comment.put("text", edition.plain(c));
            comment.put("url", layout.url(layout.explainer(l), Layout.correctionAnchor(c.id())));
            corrections.add(comment);
        }
        if (!corrections.isEmpty()) {
            article.put("correction", corrections);
        }
        return Json.write(article);
    }
}
