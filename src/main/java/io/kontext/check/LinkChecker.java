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
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every link of the rendered site against the site itself. Links written in Markdown carry
 * their source position in a {@code data-kontext-src} attribute, so a broken one is reported where
 * the editor wrote it; the attribute is removed from the pages that are written.
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

    private record Page(OutputFile file, Document doc, Set<String> ids) {
    }

    /** Checks the files and returns them ready to write (source attributes removed). */
    public List<OutputFile> check(List<OutputFile> files) {
        Map<String, OutputFile> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f));
        Map<String, Page> pages = new HashMap<>();
        for (OutputFile f : files) {
            if (f.isHtml()) {
                Document doc = Jsoup.parse(f.text());
                Set<String> ids = new HashSet<>();
                Set<String> reported = new HashSet<>();
                for (Element e : doc.select("[id]")) {
                    if (!ids.add(e.id()) && reported.add(e.id())) {
                        diagnostics.error(at(e, f), "duplicate-id", "the id '" + e.id() + "' occurs twice on /" + f.path(),
                                "ids must be unique on a page; check the data ids and headings");
                    }
                }
                pages.put(f.path(), new Page(f, doc, ids));
            }
        }
        for (OutputFile f : files) {
            Page page = pages.get(f.path());
            if (page == null) {
                continue;
            }
            for (Element e : page.doc.select("a[href], link[href], img[src], script[src], source[src], iframe[src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                checkLink(page, e, e.attr(attr), byPath, pages);
            }
            for (Element img : page.doc.select("img:not([alt])")) {
                diagnostics.error(at(img, f), "image-alt", "an image on /" + f.path() + " has no alt text",
                        "describe the image in 'alt', or write alt=\"\" if it is decoration");
            }
            checkHreflang(page, pages);
        }
        List<OutputFile> out = new ArrayList<>();
        for (OutputFile f : files) {
            out.add(f.isHtml() ? strip(f) : f);
        }
        return out;
    }

    private void checkLink(Page page, Element e, String href, Map<String, OutputFile> files, Map<String, Page> pages) {
        OutputFile f = page.file;
        if (href.isEmpty()) {
            diagnostics.error(at(e, f), "link", "an empty link address on /" + f.path(), null);
            return;
        }
        if (!Links.isSafe(href)) {
            diagnostics.error(at(e, f), "unsafe-link", "the link '" + href + "' on /" + f.path()
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
                    diagnostics.error(at(e, f), "external-link", "the link '" + href + "' on /" + f.path() + " " + problem,
                            "write the full https:// address");
                }
                return;
            }
        } else if (href.startsWith("//")) {
            diagnostics.error(at(e, f), "external-link", "the link '" + href + "' on /" + f.path()
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
                    diagnostics.error(at(e, f), "link", "the link '" + href + "' on /" + f.path()
                            + " leads outside the site", "use a relative address within the site");
                    return;
                }
                if (href.startsWith("/")) {
                    target = target.substring(Math.max(0, base.getRawPath().length() - 1));
                }
            } catch (URISyntaxException ex) {
                diagnostics.error(at(e, f), "link", "the link '" + href + "' on /" + f.path() + " is not a valid address",
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
        if (!files.containsKey(file)) {
            diagnostics.error(at(e, f), "broken-link", "the link '" + href + "' on /" + f.path() + " leads to /" + file
                    + ", which the site does not have", "check the address; pages are /<lang>/ and files under /assets/");
            return;
        }
        if (fragment != null && !fragment.isEmpty()) {
            Page target2 = pages.get(file);
            if (target2 != null && !target2.ids.contains(fragment)) {
                diagnostics.error(at(e, f), "broken-anchor", "the link '" + href + "' on /" + f.path() + " points to #"
                        + fragment + ", which /" + file + " does not have",
                        "check the id: events, figures and sections use their data ids");
            }
        }
    }

    private void checkHreflang(Page page, Map<String, Page> pages) {
        Element canonical = page.doc.selectFirst("link[rel=canonical]");
        List<Element> alternates = page.doc.select("link[rel=alternate][hreflang]");
        if (alternates.isEmpty()) {
            return;
        }
        Position at = Position.ofFile(page.file.origin());
        if (canonical == null) {
            diagnostics.error(at, "hreflang", "/" + page.file.path() + " has hreflang links but no canonical link", null);
            return;
        }
        String self = canonical.attr("href");
        if (alternates.stream().noneMatch(a -> a.attr("href").equals(self))) {
            diagnostics.error(at, "hreflang", "the hreflang links of /" + page.file.path() + " do not include the page itself",
                    "every page lists itself and each translation");
        }
        if (alternates.stream().noneMatch(a -> a.attr("hreflang").equals("x-default"))) {
            diagnostics.error(at, "hreflang", "/" + page.file.path() + " has no x-default hreflang link", null);
        }
        for (Element a : alternates) {
            String href = a.attr("href");
            if (href.equals(self) || !href.startsWith(base.toString())) {
                continue;
            }
            String rel = href.substring(base.toString().length());
            Page other = pages.get(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
            if (other == null) {
                continue;
            }
            boolean back = other.doc.select("link[rel=alternate][hreflang]").stream()
                    .anyMatch(b -> b.attr("href").equals(self));
            if (!back) {
                diagnostics.error(at, "hreflang", "/" + page.file.path() + " names " + href + " as an alternate ("
                        + a.attr("hreflang") + "), but that page does not name it back", "hreflang links must be reciprocal");
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
    static OutputFile strip(OutputFile f) {
        String html = f.text();
        if (!html.contains(SOURCE_ATTRIBUTE)) {
            return f;
        }
        return new OutputFile(f.path(), SOURCE_ATTRIBUTE_PATTERN.matcher(html).replaceAll("")
                .getBytes(StandardCharsets.UTF_8), f.origin());
    }
}
