package io.kontext.layout;

import io.kontext.model.EmbedKind;
import io.kontext.model.Language;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where everything of a built site lives: the output path, address and relative way of every page
 * and file, and the anchors of items on a page. Every stage asks here, and templates get the
 * answers ready-made, so changing the URL scheme is a change of this one file.
 *
 * <pre>
 * index.html                   the language chooser (x-default)
 * &lt;lang&gt;/                       the explainer
 * &lt;lang&gt;/parallel/              the article side by side with a translation
 * &lt;lang&gt;/embeds/                every embed with its code
 * &lt;lang&gt;/&lt;folder&gt;/&lt;slug&gt;/        a page beside the explainer
 * &lt;lang&gt;/feed.xml               the Atom feed of updates and corrections
 * embed/&lt;lang&gt;/&lt;kind&gt;/[&lt;id&gt;/]  an embed, with oembed.json beside it
 * data/&lt;lang&gt;/&lt;kind&gt;.csv|json   the data downloads; data/schema/&lt;kind&gt;.schema.json
 * assets/                      stylesheet and scripts (fingerprinted), social cards card-&lt;lang&gt;.png
 * 404.html, sitemap.xml, robots.txt, _headers, _kontext/nginx.conf
 * </pre>
 *
 * Paths are relative to the output root, with forward slashes; a folder's path ends in {@code /}
 * and its file is {@code index.html}.
 */
public final class Layout {

    /** Page slugs that are the explainer's own addresses under a language. */
    public static final List<String> RESERVED_SLUGS = List.of("parallel", "embeds");

    public static final String ASSETS = "assets/";
    public static final String EMBEDS = "embed/";
    public static final String DATA = "data/";
    public static final String HOSTING = "_kontext/";

    /** A fingerprinted stylesheet or script: {@code name.<10 hex digits>.css}. */
    public static final Pattern FINGERPRINTED = Pattern.compile(".*\\.[0-9a-f]{10}\\.(css|js)$");

    private final URI base;

    /** @param base the site's absolute address, ending in {@code /} */
    public Layout(URI base) {
        this.base = base;
    }

    /** The site's absolute address, ending in {@code /}. */
    public String base() {
        return base.toString();
    }

    /** The path part of the base address ({@code /nordkorea-arbetare/}). */
    public String basePath() {
        return base.getRawPath();
    }

    // --- pages

    public Address chooser() {
        return new Address("");
    }

    public Address explainer(Language l) {
        return new Address(l.code() + "/");
    }

    public Address parallel(Language l) {
        return new Address(l.code() + "/parallel/");
    }

    public Address embedsPage(Language l) {
        return new Address(l.code() + "/embeds/");
    }

    /** A page beside the explainer: {@code folder} is "" or ends in "/". */
    public Address page(String lang, String folder, String slug) {
        return new Address(lang + "/" + folder + slug + "/");
    }

    public Address notFound() {
        return new Address("404.html");
    }

    public Address feed(Language l) {
        return new Address(l.code() + "/feed.xml");
    }

    // --- embeds

    /** An embed: {@code item} is the category, event or figure id, or null for the whole list. */
    public Address embed(EmbedKind kind, Language l, String item) {
        String folder = EMBEDS + l.code() + "/";
        return new Address(switch (kind) {
            case TIMELINE -> folder + "timeline/";
            case CATEGORY -> folder + "timeline/" + item + "/";
            case EVENT -> folder + "event/" + item + "/";
            case FIGURES -> folder + "figures/";
            case FIGURE -> folder + "figure/" + item + "/";
        });
    }

    /** The oEmbed answer beside an embed page. */
    public Address oembed(Address embed) {
        return new Address(embed.path() + "oembed.json");
    }

    // --- files

    /** A data download: {@code kind} timeline, figures or sources, {@code format} csv or json. */
    public Address data(Language l, String kind, String format) {
        return new Address(DATA + l.code() + "/" + kind + "." + format);
    }

    public Address schema(String kind) {
        return new Address(DATA + "schema/" + kind + ".schema.json");
    }

    public Address card(Language l) {
        return new Address(ASSETS + "card-" + l.code() + ".png");
    }

    /** An asset by its plain name under {@code assets/} ("kontext.css"). */
    public Address asset(String name) {
        return new Address(ASSETS + name);
    }

    /** {@code assets/kontext.css} with a hash: {@code assets/kontext.3f2a9c1b2d.css}. */
    public static String fingerprinted(String path, String hash) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + "." + hash + path.substring(dot);
    }

    public Address sitemap() {
        return new Address("sitemap.xml");
    }

    public Address robots() {
        return new Address("robots.txt");
    }

    /** Response headers in the syntax of Netlify and Cloudflare Pages. */
    public Address headers() {
        return new Address("_headers");
    }

    public Address nginx() {
        return new Address(HOSTING + "nginx.conf");
    }

    // --- anchors: the same in every language

    public static String eventAnchor(String id) {
        return id;
    }

    public static String figureAnchor(String id) {
        return "figure-" + id;
    }

    public static String sourceAnchor(String id) {
        return "source-" + id;
    }

    public static String correctionAnchor(String id) {
        return "correction-" + id;
    }

    public static String termAnchor(String id) {
        return "term-" + id;
    }

    /** Where the corrected words are marked in the article on the explainer. */
    public static String correctedAnchor(String id) {
        return "corrected-" + id;
    }

    /** Where the corrected words are marked in one language's article, on a page with several. */
    public static String correctedAnchor(String lang, String id) {
        return lang + "-" + correctedAnchor(id);
    }

    public static String yearAnchor(String year) {
        return "year-" + year;
    }

    public static String articleAnchor(String block) {
        return "article-" + block;
    }

    // --- addresses

    /** The absolute address of a page or file. */
    public String url(Address a) {
        return base() + a.path();
    }

    /** The absolute address of an anchor on a page. */
    public String url(Address a, String anchor) {
        return url(a) + "#" + anchor;
    }

    /** From a page, the way to the site's root: "", "../", "../../". */
    public static String root(Address from) {
        return "../".repeat(from.depth());
    }

    /** From a page, the relative way to another page or file, by the site's root. */
    public static String relative(Address from, Address to) {
        return root(from) + to.path();
    }

    /**
     * From a page, the shortest relative way to another page or file: "parallel/" from "en/",
     * "../" from "en/parallel/" to "en/".
     */
    public static String nearest(Address from, Address to) {
        String f = from.file();
        String folder = f.substring(0, f.lastIndexOf('/') + 1);
        String[] a = folder.isEmpty() ? new String[0] : folder.split("/");
        String[] b = to.path().split("/", -1);
        int common = 0;
        while (common < a.length && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder way = new StringBuilder("../".repeat(a.length - common));
        for (int i = common; i < b.length; i++) {
            way.append(b[i]);
            if (i < b.length - 1) {
                way.append('/');
            }
        }
        return way.toString();
    }

    /**
     * The file a path of the site stands for: a folder's {@code index.html}, a file itself. The
     * inverse of what a static host does with an address.
     */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    /** Whether a path is one of the site's host files (headers, server snippet), not a page. */
    public static boolean isHosting(String path) {
        return path.equals("_headers") || path.startsWith(HOSTING);
    }
}
