package io.kontext.load;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.diag.SourceText;
import io.kontext.model.Language;
import io.kontext.model.PublishTarget;
import io.kontext.model.SiteConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code site/site.yaml}. */
final class SiteConfigLoader {

    static final List<String> BUILT_IN_SECTIONS = List.of("figures", "timeline", "article", "corrections", "glossary",
            "sources", "pages");

    private final Diagnostics diagnostics;
    private final References refs;

    SiteConfigLoader(Diagnostics diagnostics, References refs) {
        this.diagnostics = diagnostics;
        this.refs = refs;
    }

    Optional<SiteConfig> load(SourceText file, Optional<String> baseUrlOverride) {
        return load(file, baseUrlOverride, Optional.empty());
    }

    /** @param origin when present, replaces the scheme, host and port of the base URL (the preview server's) */
    Optional<SiteConfig> load(SourceText file, Optional<String> baseUrlOverride, Optional<String> origin) {
        YamlReader reader = new YamlReader(diagnostics);
        Optional<YamlNode> root = reader.read(file, file.text(), 0);
        if (root.isEmpty()) {
            if (reader.empty(root)) {
                diagnostics.error(file.whole(), "empty", file.path() + " is empty", "see README.md for the keys of site.yaml");
            }
            return Optional.empty();
        }
        Optional<Fields> maybe = Fields.of(root.get(), diagnostics, "site.yaml");
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields f = maybe.get();

        List<Language> languages = languages(f);
        Map<String, String> title = Words.texts(f, "title", languages, diagnostics, "the site");
        Map<String, String> description = Words.texts(f, "description", languages, diagnostics, "the site");
        URI baseUrl = baseUrl(f, baseUrlOverride, origin);
        SiteConfig.Publisher publisher = f.mapping("publisher", true, "publisher").map(p -> {
            String name = p.requiredText("name", "the organisation that publishes the explainer").orElse("");
            String url = p.requiredText("url", "the publisher's home page, https://...").orElse("");
            Links.checkExternal(url, p.valuePosition("url"), diagnostics);
            p.finish();
            return new SiteConfig.Publisher(name, url);
        }).orElse(null);
        LocalDate published = f.day("published", true).orElse(null);
        LocalDate updated = f.day("updated", false).orElse(published);
        if (published != null && updated != null && updated.isBefore(published)) {
            diagnostics.error(f.valuePosition("updated"), "date", "'updated' is before 'published'", null);
        }
        ZoneId zone = f.text("timeZone").flatMap(z -> {
            try {
                return Optional.of(ZoneId.of(z));
            } catch (DateTimeException e) {
                diagnostics.error(f.valuePosition("timeZone"), "value", "unknown time zone '" + z + "'",
                        "use a name such as Europe/Stockholm");
                return Optional.empty();
            }
        }).orElse(ZoneId.of("Europe/Stockholm"));

        String seed = null;
        Position seedPosition = f.position();
        LocalDate articlePublished = null;
        List<String> drop = new ArrayList<>();
        Optional<Fields> article = f.mapping("article", true, "article");
        if (article.isPresent()) {
            Fields a = article.get();
            seed = a.requiredText("seed", "the path of the article under seeds/, e.g. seeds/article.txt").orElse(null);
            seedPosition = a.valuePosition("seed");
            articlePublished = a.day("published", true).orElse(null);
            a.textList("drop", false).forEach(i -> drop.add(i.value()));
            a.finish();
        }

        Map<String, Position> sectionPositions = new LinkedHashMap<>();
        for (Fields.Item item : f.textList("sections", true)) {
            if (sectionPositions.containsKey(item.value())) {
                diagnostics.error(item.position(), "duplicate", "section '" + item.value() + "' is listed twice", null);
            } else if (!item.value().matches("[a-z][a-z0-9-]*")) {
                diagnostics.error(item.position(), "value", "section name '" + item.value() + "' is not a simple name",
                        "use lower-case letters, digits and '-': it becomes the section's #anchor");
            } else {
                sectionPositions.put(item.value(), item.position());
            }
        }
        List<SiteConfig.Category> categories = categories(f, languages);
        String cardFigure = f.mapping("card", false, "card").flatMap(c -> {
            Optional<String> figure = c.text("figure");
            c.finish();
            return figure.map(v -> refs.figure(new Fields.Item(v, c.valuePosition("figure"))));
        }).orElse(null);
        List<PublishTarget> publish = publish(f);
        f.finish();
        // With the languages known, the rest of the project can still be read and checked, so
        // that one run reports every problem; the errors above stop the build before rendering.
        if (languages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title, description, languages, baseUrl, publisher, published, updated, zone,
                seed, articlePublished, List.copyOf(drop), List.copyOf(sectionPositions.keySet()),
                sectionPositions, categories, cardFigure, seedPosition, f.position(), publish));
    }

    /**
     * Where the site may be published ({@code publish:}): a list of named targets, the first the
     * default. {@code to:} is {@code s3://bucket/prefix/} for object storage, or a folder.
     */
    private List<PublishTarget> publish(Fields f) {
        List<PublishTarget> out = new ArrayList<>();
        for (YamlNode node : f.list("publish", false)) {
            Fields.of(node, diagnostics, "a publishing target").ifPresent(t -> {
                Optional<String> name = t.requiredText("name", "a short name for the command line, e.g. production");
                Optional<String> to = t.requiredText("to", "s3://bucket/prefix/ for object storage, or a folder");
                Optional<String> endpoint = t.text("endpoint");
                Optional<String> region = t.text("region");
                boolean pathStyle = t.bool("pathStyle").orElse(false);
                boolean compress = t.bool("compress").orElse(true);
                Optional<String> profile = t.text("profile");
                t.finish();
                if (name.isEmpty() || to.isEmpty()) {
                    return;
                }
                if (!name.get().matches("[a-z0-9][a-z0-9-]*")) {
                    diagnostics.error(t.valuePosition("name"), "publish", "'" + name.get() + "' cannot name a target",
                            "use lower-case letters a-z, digits and '-', such as 'production'");
                    return;
                }
                if (out.stream().anyMatch(x -> x.name().equals(name.get()))) {
                    diagnostics.error(t.valuePosition("name"), "duplicate", "publishing target '" + name.get()
                            + "' is listed twice", null);
                    return;
                }
                Optional<URI> endpointUri = endpoint.flatMap(e -> endpoint(e, t));
                String destination = to.get();
                if (destination.startsWith("s3://")) {
                    String rest = destination.substring("s3://".length());
                    int slash = rest.indexOf('/');
                    String bucket = slash < 0 ? rest : rest.substring(0, slash);
                    String prefix = slash < 0 ? "" : rest.substring(slash + 1);
                    if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
                        diagnostics.error(t.valuePosition("to"), "publish", "'" + bucket + "' is not a bucket name",
                                "write s3://bucket/prefix/ with the bucket's name in lower case");
                        return;
                    }
                    if (!prefix.isEmpty() && !prefix.endsWith("/")) {
                        diagnostics.error(t.valuePosition("to"), "publish", "the prefix of '" + destination
                                + "' must end with '/'", "write " + destination + "/ so that keys go below it");
                        return;
                    }
                    if (prefix.startsWith("/") || prefix.contains("//") || prefix.contains("..")) {
                        diagnostics.error(t.valuePosition("to"), "publish", "the prefix of '" + destination
                                + "' is not a simple path", "write s3://bucket/folder/ with single slashes");
                        return;
                    }
                    if (region.isEmpty()) {
                        diagnostics.error(t.position(), "publish", "target '" + name.get() + "' names no region",
                                "add 'region: eu-north-1' (any name the store accepts, us-east-1 for most that ignore it)");
                        return;
                    }
                    out.add(new PublishTarget(name.get(), bucket, prefix, endpointUri, region.get(), pathStyle, compress,
                            profile, null, t.position()));
                } else {
                    if (destination.contains("://")) {
                        diagnostics.error(t.valuePosition("to"), "publish", "'" + destination
                                + "' is neither s3://bucket/prefix/ nor a folder", "Kontext publishes to S3-compatible"
                                + " storage and to folders; for other hosts see README.md, Publishing");
                        return;
                    }
                    for (String key : List.of("endpoint", "region", "pathStyle", "profile")) {
                        if (t.has(key)) {
                            diagnostics.error(t.valuePosition(key), "publish", "'" + key + "' is for object storage, and '"
                                    + destination + "' is a folder", "remove it, or write to: s3://bucket/prefix/");
                        }
                    }
                    out.add(new PublishTarget(name.get(), null, "", Optional.empty(), null, false, false, Optional.empty(),
                            java.nio.file.Path.of(destination), t.position()));
                }
            });
        }
        return List.copyOf(out);
    }

    private Optional<URI> endpoint(String raw, Fields t) {
        try {
            URI uri = new URI(raw);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                diagnostics.error(t.valuePosition("endpoint"), "publish", "'" + raw + "' is not an http(s) address",
                        "write the store's address in full, https://s3.example.org");
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            diagnostics.error(t.valuePosition("endpoint"), "publish", "'" + raw + "' is not a valid address: "
                    + e.getReason(), null);
            return Optional.empty();
        }
    }

    private List<SiteConfig.Category> categories(Fields f, List<Language> languages) {
        List<SiteConfig.Category> out = new ArrayList<>();
        for (YamlNode node : f.list("categories", true)) {
            Fields.of(node, diagnostics, "a timeline category").ifPresent(c -> {
                Optional<String> id = c.requiredText("id", "a short name used in timeline.yaml, e.g. sanctions");
                Map<String, String> labels = new LinkedHashMap<>();
                for (Language l : languages) {
                    if (!c.has(l.code())) {
                        diagnostics.error(c.position(), "parity", "category '" + id.orElse("?") + "' has no '" + l.code()
                                + "' name", "add '" + l.code() + ": ...' with the category's name in that language",
                                new io.kontext.diag.Diagnostic.Subject("category", l.code(), id.orElse(null)));
                    } else {
                        c.requiredText(l.code(), null).ifPresent(v -> labels.put(l.code(), v));
                    }
                }
                c.finish();
                if (id.isPresent() && !id.get().matches("[a-z][a-z0-9-]*")) {
                    diagnostics.error(c.valuePosition("id"), "id", "category id '" + id.get() + "' is not a simple name",
                            "use lower-case letters, digits and '-'");
                } else if (id.isPresent() && out.stream().anyMatch(x -> x.id().equals(id.get()))) {
                    diagnostics.error(c.valuePosition("id"), "duplicate-id", "category '" + id.get() + "' is listed twice",
                            null);
                } else if (id.isPresent()) {
                    out.add(new SiteConfig.Category(id.get(), labels));
                }
            });
        }
        return List.copyOf(out);
    }

    private List<Language> languages(Fields f) {
        List<Language> out = new ArrayList<>();
        for (YamlNode node : f.list("languages", true)) {
            Fields.of(node, diagnostics, "a language").ifPresent(l -> {
                Optional<String> code = l.requiredText("code", "a language code such as sv or en");
                Optional<String> tag = l.requiredText("locale", "a locale such as sv-SE or en-GB");
                Optional<String> name = l.requiredText("name", "the language's name in itself, such as Svenska");
                String dir = l.text("direction").orElseGet(() -> code.map(Language.Direction::of)
                        .orElse(Language.Direction.LTR).key());
                if (!dir.equals("ltr") && !dir.equals("rtl")) {
                    diagnostics.error(l.valuePosition("direction"), "value", "direction must be ltr or rtl", null);
                }
                l.finish();
                if (code.isPresent() && !code.get().matches("[a-z]{2,3}")) {
                    diagnostics.error(l.valuePosition("code"), "value", "'" + code.get() + "' is not a language code",
                            "use a two- or three-letter ISO 639 code such as sv");
                    return;
                }
                if (code.isPresent() && out.stream().anyMatch(x -> x.code().equals(code.get()))) {
                    diagnostics.error(l.valuePosition("code"), "duplicate", "language '" + code.get() + "' is listed twice",
                            null);
                    return;
                }
                if (code.isPresent() && tag.isPresent() && name.isPresent()) {
                    Locale locale = Locale.forLanguageTag(tag.get());
                    if (locale.getLanguage().isEmpty()) {
                        diagnostics.error(l.valuePosition("locale"), "value", "'" + tag.get() + "' is not a locale",
                                "use a BCP 47 tag such as sv-SE");
                        return;
                    }
                    out.add(new Language(code.get(), locale, name.get(),
                            dir.equals("rtl") ? Language.Direction.RTL : Language.Direction.LTR));
                }
            });
        }
        if (out.isEmpty() && f.has("languages")) {
            diagnostics.error(f.valuePosition("languages"), "missing", "site.yaml lists no languages",
                    "list the original's language first, then the translations");
        }
        return out;
    }

    private URI baseUrl(Fields f, Optional<String> override, Optional<String> origin) {
        String raw = override.orElseGet(() -> f.requiredText("baseUrl", "the address the site is published at, "
                + "https://example.org/explainer/").orElse(null));
        f.has("baseUrl");
        if (raw == null) {
            return null;
        }
        Position at = override.isPresent() ? Position.ofFile("--base-url") : f.valuePosition("baseUrl");
        try {
            URI uri = new URI(raw);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                diagnostics.error(at, "base-url", "base URL '" + raw + "' is not an absolute http(s) address",
                        "write it in full: https://example.org/explainer/");
                return null;
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                diagnostics.error(at, "base-url", "base URL '" + raw + "' must not have a query or fragment", null);
                return null;
            }
            if (!uri.getRawPath().endsWith("/")) {
                diagnostics.error(at, "base-url", "base URL '" + raw + "' must end with '/'",
                        "write " + raw + "/ so that pages resolve below it");
                return null;
            }
            return origin.map(o -> URI.create(o + uri.getRawPath())).orElse(uri);
        } catch (URISyntaxException e) {
            diagnostics.error(at, "base-url", "base URL '" + raw + "' is not a valid address: " + e.getReason(), null);
            return null;
        }
    }
}
