package io.kontext.render;

import io.kontext.model.Correction;
import io.kontext.model.Language;
import io.kontext.model.Site;
import io.kontext.model.SiteConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The addresses and metadata in a page's {@code <head>}: canonical, the hreflang set (every
 * language and {@code x-default}, the same set on every page of it, so the links are reciprocal),
 * Open Graph locales and the JSON-LD description of the explainer.
 */
final class Head {

    private final Site site;
    private final SiteConfig config;

    Head(Site site) {
        this.site = site;
        this.config = site.config();
    }

    String base() {
        return config.baseUrl().toString();
    }

    String explainerUrl(Language l) {
        return base() + l.code() + "/";
    }

    /** The hreflang set of the explainer pages: each language, and the chooser as x-default. */
    List<Views.Alternate> alternates() {
        return alternates("", base());
    }

    /**
     * The hreflang set of pages at {@code <lang>/<path>} in every language.
     *
     * @param xDefault the address for readers of no listed language
     */
    List<Views.Alternate> alternates(String path, String xDefault) {
        List<Views.Alternate> out = new ArrayList<>();
        for (Language l : config.languages()) {
            out.add(new Views.Alternate(l.code(), explainerUrl(l) + path));
        }
        out.add(new Views.Alternate("x-default", xDefault));
        return out;
    }

    static String ogLocale(Language l) {
        return l.locale().getCountry().isEmpty() ? l.locale().getLanguage()
                : l.locale().getLanguage() + "_" + l.locale().getCountry();
    }

    List<String> ogAlternates(Language current) {
        return config.languages().stream().filter(l -> l != current).map(Head::ogLocale).toList();
    }

    /**
     * A schema.org {@code BackgroundNewsArticle} for the explainer in one language, linked to its
     * translations, with the article's corrections as {@code CorrectionComment}s.
     */
    String jsonLd(Language l, Map<String, String> correctionTexts) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "BackgroundNewsArticle");
        article.put("@id", explainerUrl(l) + "#explainer");
        article.put("url", explainerUrl(l));
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
        Language original = config.defaultLanguage();
        if (l == original) {
            List<Object> translations = new ArrayList<>();
            for (Language other : config.languages()) {
                if (other != original) {
                    translations.add(Map.of("@id", explainerUrl(other) + "#explainer"));
                }
            }
            if (!translations.isEmpty()) {
                article.put("workTranslation", translations);
            }
        } else {
            article.put("translationOfWork", Map.of("@id", explainerUrl(original) + "#explainer"));
        }
        List<Object> corrections = new ArrayList<>();
        for (Correction c : site.corrections()) {
            Map<String, Object> comment = new LinkedHashMap<>();
            comment.put("@type", "CorrectionComment");
            comment.put("datePublished", c.date().toString());
            comment.put("text", correctionTexts.get(c.id()));
            comment.put("url", explainerUrl(l) + "#correction-" + c.id());
            corrections.add(comment);
        }
        if (!corrections.isEmpty()) {
            article.put("correction", corrections);
        }
        return Json.write(article);
    }
}
