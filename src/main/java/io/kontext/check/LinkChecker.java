package io.kontext.check;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.load.Links;
import io.kontext.render.OutputFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every link of the rendered site against the site itself. Links written in Markdown carry
 * their source position in a {@code data-kontext-src} attribute, so a broken one is reported where
 * the editor wrote it; the attribute is removed from the pages that are written. Pages are scanned
 * one by one as they are rendered (from any thread), and the links resolved once all are known.
 */
public final class LinkChecker {

    private static final String SOURCE_ATTRIBUTE = OutputFile.SOURCE_ATTRIBUTE;
    private static final Pattern SOURCE_ATTRIBUTE_PATTERN = Pattern.compile(" " + SOURCE_ATTRIBUTE + "=\"[^\"]*\"");

    private final Diagnostics diagnostics;
    private final URI base;

    public LinkChecker(Diagnostics diagnostics, URI base) {
        this.diagnostics = diagnostics;
        this.base = base;
    }

    /** A link as written on a page, with where to report it. */
    private record LinkRef(String href, Position at) {
    }

    /** What the check needs of a page once it is written: its ids, links and hreflang set. */
    private record Page(String path, String origin, Set<String> ids, List<LinkRef> links, String canonical,
            List<String[]> alternates) {
    }

    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    /**
     * Reads one file of the site (any thread, any order) and returns it ready to write; what its
     * links point to is checked by {@link #finish} once every file has been scanned. Only the
     * page's ids and links are kept, not the page.
     */
    public OutputFile scan(OutputFile f) {
        paths.add(f.path());
        if (!f.isHtml()) {
            return f;
        }
        String html = f.text();
        Document doc = Jsoup.parse(html);
        Set<String> ids = new HashSet<>();
        Set<String> reported = new HashSet<>();
        List<LinkRef> links = new ArrayList<>();
        String canonical = null;
        List<String[]> alternates = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String id = e.id();
            if (!id.isEmpty() && !ids.add(id) && reported.add(id)) {
                diagnostics.error(at(e, f), "duplicate-id", "the id '" + id + "' occurs twice on /" + f.path(),
                        "ids must be unique on a page; check the data ids and headings");
            }
            String tag = e.normalName();
            switch (tag) {
                case "a", "link" -> {
                    if (e.hasAttr("href")) {
                        links.add(new LinkRef(e.attr("href"), at(e, f)));
                    }
                    if (tag.equals("link") && e.attr("rel").equals("canonical")) {
                        canonical = canonical == null ? e.attr("href") : canonical;
                    }
                    if (tag.equals("link") && e.attr("rel").equals("alternate") && e.hasAttr("hreflang")) {
                        alternates.add(new String[] {e.attr("hreflang"), e.attr("href")});
                    }
                }
                case "img", "script", "source", "iframe" -> {
                    if (e.hasAttr("src")) {
                        links.add(new LinkRef(e.attr("src"), at(e, f)));
                    }
                    if (tag.equals("img") && !e.hasAttr("alt")) {
                        diagnostics.error(at(e, f), "image-alt", "an image on /" + f.path() + " has no alt text",
                                "describe the image in 'alt', or write alt=\"\" if it is decoration");
                    }
                }
                default -> {
                }
            }
        }
        pages.put(f.path(), new Page(f.path(), f.origin(), ids, links, canonical, alternates));
        return strip(f, html);
    }

    /** Checks every link of every scanned page against the scanned files. */
    public void finish() {
        for (Page page : new java.util.TreeMap<>(pages).values()) {
            for (LinkRef link : page.links) {
                checkLink(page, link.at, link.href);
            }
            checkHreflang(page);
        }
    }

    private void checkLink(Page f, Position at, String href) {
        if (href.isEmpty()) {
            diagnostics.error(at, "link", "an empty link address on /" + f.path(), null);
            return;
        }
        if (!Links.isSafe(href)) {
            diagnostics.error(at, "unsafe-link", "the link '" + href + "' on /" + f.path()
                    + " uses a scheme that is not allowed", "link to https:// addresses or pages of the site");
            return;
        }
        String scheme = Links.effectiveScheme(href);
        if ("mailto".equals(scheme)) {
            return;
        }
        String target;
        if (scheme != null) {
            if (href.startsWith(base.toString())) {
                target = href.substring(base.toString().length());
            } else {
                String problem = Links.externalProblem(href);
                if (problem != null) {
                    diagnostics.error(at, "external-link", "the link '" + href + "' on /" + f.path() + " " + problem,
                            "write the full https:// address");
                }
                return;
            }
        } else if (href.startsWith("//")) {
            diagnostics.error(at, "external-link", "the link '" + href + "' on /" + f.path()
                    + " has no scheme", "write the full https:// address");
            return;
        } else {
            try {
                URI resolved = new URI("http", "x", "/" + f.path(), null).resolve(new URI(href.replace(" ", "%20")));
                target = (resolved.getRawPath() == null ? "" : resolved.getRawPath().substring(1))
                        + (resolved.getRawFragment() != null ? "#" + resolved.getRawFragment() : "");
                if (href.startsWith("#")) {
                    target = f.path() + href;
                }
                if (resolved.getPath().startsWith("/..") || href.startsWith("/") && !base.getRawPath().equals("/")
                        && !href.startsWith(base.getRawPath())) {
                    diagnostics.error(at, "link", "the link '" + href + "' on /" + f.path()
                            + " leads outside the site", "use a relative address within the site");
                    return;
                }
                if (href.startsWith("/")) {
                    target = target.substring(Math.max(0, base.getRawPath().length() - 1));
                }
            } catch (URISyntaxException ex) {
                diagnostics.error(at, "link", "the link '" + href + "' on /" + f.path() + " is not a valid address",
                        null);
                return;
            }
        }
        String fragment = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = java.net.URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
            target = target.substring(0, hash);
        }
        int query = target.indexOf('?');
        if (query >= 0) {
            target = target.substring(0, query);
        }
        target = java.net.URLDecoder.decode(target, StandardCharsets.UTF_8);
        String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
        if (!paths.contains(file)) {
            diagnostics.error(at, "broken-link", "the link '" + href + "' on /" + f.path() + " leads to /" + file
                    + ", which the site does not have", "check the address; pages are /<lang>/ and files under /assets/");
            return;
        }
        if (fragment != null && !fragment.isEmpty()) {
            Page target2 = pages.get(file);
            if (target2 != null && !target2.ids().contains(fragment)) {
                diagnostics.error(at, "broken-anchor", "the link '" + href + "' on /" + f.path() + " points to #"
                        + fragment + ", which /" + file + " does not have",
                        "check the id: events, figures and sections use their data ids");
            }
        }
    }

    private void checkHreflang(Page page) {
        List<String[]> alternates = page.alternates;
        if (alternates.isEmpty()) {
            return;
        }
        Position at = Position.ofFile(page.origin);
        if (page.canonical == null) {
            diagnostics.error(at, "hreflang", "/" + page.path + " has hreflang links but no canonical link", null);
            return;
        }
        String self = page.canonical;
        if (alternates.stream().noneMatch(a -> a[1].equals(self))) {
            diagnostics.error(at, "hreflang", "the hreflang links of /" + page.path + " do not include the page itself",
                    "every page lists itself and each translation");
        }
        if (alternates.stream().noneMatch(a -> a[0].equals("x-default"))) {
            diagnostics.error(at, "hreflang", "/" + page.path + " has no x-default hreflang link", null);
        }
        for (String[] a : alternates) {
            String href = a[1];
            if (href.equals(self) || !href.startsWith(base.toString())) {
                continue;
            }
            String rel = href.substring(base.toString().length());
            Page other = pages.get(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
            if (other == null) {
                continue;
            }
            boolean back = other.alternates.stream().anyMatch(b -> b[1].equals(self));
            if (!back) {
                diagnostics.error(at, "hreflang", "/" + page.path + " names " + href + " as an alternate ("
                        + a[0] + "), but that page does not name it back", "hreflang links must be reciprocal");
            }
        }
    }

    private Position at(Element e, OutputFile f) {
        String src = e.attr(SOURCE_ATTRIBUTE);
        if (!src.isEmpty()) {
            String[] parts = src.split(":");
            try {
                if (parts.length == 3) {
                    return new Position(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                }
            } catch (NumberFormatException ignored) {
                // fall through to the template's position
            }
        }
        return Position.ofFile(f.origin());
    }

    /** The file without the source attributes the renderer put on links. */
    static OutputFile strip(OutputFile f, String html) {
        if (!html.contains(SOURCE_ATTRIBUTE)) {
            return f;
        }
        return new OutputFile(f.path(), SOURCE_ATTRIBUTE_PATTERN.matcher(html).replaceAll("")
                .getBytes(StandardCharsets.UTF_8), f.origin());
    }
}
