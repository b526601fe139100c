package io.kontext.check;

import io.kontext.diag.Diagnostics;
import io.kontext.diag.Position;
import io.kontext.layout.Layout;
import io.kontext.load.Links;
import io.kontext.render.PageFacts;
import io.kontext.render.Rendition;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;


/**
 * The check stage: every link of the rendered site against the site itself, as a browser would
 * follow it, from the facts the render stage collected of each page ({@link PageFacts}); it reads
 * no page again and changes nothing. Links written in Markdown are reported where the editor
 * wrote them. Also: ids unique on each page, alt text on every image, well-formed external
 * addresses, and hreflang sets complete and reciprocal.
 */
public final class LinkChecker {

    private final Diagnostics diagnostics;

    public LinkChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    private URI base;
    private Set<String> paths;
    private Map<String, PageFacts> pages;

    /** Checks every page of a rendered site. */
    public void check(Rendition site) {
        this.base = URI.create(site.layout().base());
        this.paths = site.paths();
        this.pages = new TreeMap<>();
        site.pages().forEach(p -> pages.put(p.path(), p));
        for (PageFacts page : pages.values()) {
            for (int i = 0; i < page.duplicateIds().size(); i++) {
                diagnostics.error(page.duplicateIdPositions().get(i), "duplicate-id", "the id '" + page.duplicateIds().get(i)
                        + "' occurs twice on /" + page.path(), "ids must be unique on a page; check the data ids and headings");
            }
            for (Position at : page.imagesWithoutAlt()) {
                diagnostics.error(at, "image-alt", "an image on /" + page.path() + " has no alt text",
                        "describe the image in 'alt', or write alt=\"\" if it is decoration");
            }
        }
        for (PageFacts page : pages.values()) {
            for (PageFacts.Link link : page.links()) {
                checkLink(page, link.at(), link.href());
            }
            checkHreflang(page);
        }
    }

    private void checkLink(PageFacts f, Position at, String href) {
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
        String file = Layout.file(target);
        if (!paths.contains(file)) {
            diagnostics.error(at, "broken-link", "the link '" + href + "' on /" + f.path() + " leads to /" + file
                    + ", which the site does not have", "check the address; pages are /<lang>/ and files under /assets/");
            return;
        }
        if (fragment != null && !fragment.isEmpty()) {
            PageFacts target2 = pages.get(file);
            if (target2 != null && !target2.ids().contains(fragment)) {
                diagnostics.error(at, "broken-anchor", "the link '" + href + "' on /" + f.path() + " points to #"
                        + fragment + ", which /" + file + " does not have",
                        "check the id: events, figures and sections use their data ids");
            }
        }
    }

    private void checkHreflang(PageFacts page) {
        List<PageFacts.Alternate> alternates = page.alternates();
        if (alternates.isEmpty()) {
            return;
        }
        Position at = Position.ofFile(page.origin());
        if (page.canonical() == null) {
            diagnostics.error(at, "hreflang", "/" + page.path() + " has hreflang links but no canonical link", null);
            return;
        }
        String self = page.canonical();
        if (alternates.stream().noneMatch(a -> a.href().equals(self))) {
            diagnostics.error(at, "hreflang", "the hreflang links of /" + page.path() + " do not include the page itself",
                    "every page lists itself and each translation");
        }
        if (alternates.stream().noneMatch(a -> a.hreflang().equals("x-default"))) {
            diagnostics.error(at, "hreflang", "/" + page.path() + " has no x-default hreflang link", null);
        }
        for (PageFacts.Alternate a : alternates) {
            String href = a.href();
            if (href.equals(self) || !href.startsWith(base.toString())) {
                continue;
            }
            PageFacts other = pages.get(Layout.file(href.substring(base.toString().length())));
            if (other == null) {
                continue;
            }
            boolean back = other.alternates().stream().anyMatch(b -> b.href().equals(self));
            if (!back) {
                diagnostics.error(at, "hreflang", "/" + page.path() + " names " + href + " as an alternate ("
                        + a.hreflang() + "), but that page does not name it back", "hreflang links must be reciprocal");
            }
        }
    }
}
