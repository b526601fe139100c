package io.kontext.render;

import io.kontext.diag.Position;
import io.kontext.load.MarkdownConverter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;

/**
 * What the link check needs of one page, collected while the page is written, from the elements
 * as Thymeleaf writes them (markup inserted with {@code th:utext}, such as converted Markdown, is
 * parsed into elements for it): the page's ids, its links with where each was written, its
 * canonical address and hreflang set, and the images without alt text. The page itself is not
 * read again. Links from Markdown carry the position they were written at in
 * {@link MarkdownConverter#SOURCE_ATTRIBUTE}, which is taken off here.
 */
public final class PageFacts {

    /** The context variable the handler finds the page's facts in. */
    static final String VARIABLE = "kontextPageFacts";

    /** A link as written on the page: its address and where to report it. */
    public record Link(String href, Position at) {
    }

    /** An hreflang link: the language and the address. */
    public record Alternate(String hreflang, String href) {
    }

    private final String path;
    private final String origin;
    private final Set<String> ids = new HashSet<>();
    private final List<Position> duplicateIds = new ArrayList<>();
    private final List<String> duplicateIdNames = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Position> imagesWithoutAlt = new ArrayList<>();
    private final List<Alternate> alternates = new ArrayList<>();
    private String canonical;

    /** @param origin the template the page is made from, where problems without a position of their own are reported */
    PageFacts(String path, String origin) {
        this.path = path;
        this.origin = origin;
    }

    public String path() {
        return path;
    }

    public String origin() {
        return origin;
    }

    public Set<String> ids() {
        return Collections.unmodifiableSet(ids);
    }

    public List<Link> links() {
        return Collections.unmodifiableList(links);
    }

    /** The ids that occur more than once, each once, with where the second is. */
    public List<String> duplicateIds() {
        return Collections.unmodifiableList(duplicateIdNames);
    }

    public List<Position> duplicateIdPositions() {
        return Collections.unmodifiableList(duplicateIds);
    }

    public List<Position> imagesWithoutAlt() {
        return Collections.unmodifiableList(imagesWithoutAlt);
    }

    public String canonical() {
        return canonical;
    }

    public List<Alternate> alternates() {
        return Collections.unmodifiableList(alternates);
    }

    private void element(IProcessableElementTag tag, Position at) {
        String id = tag.getAttributeValue("id");
        if (id != null && !id.isEmpty() && !ids.add(id) && !duplicateIdNames.contains(id)) {
            duplicateIdNames.add(id);
            duplicateIds.add(at);
        }
        String name = tag.getElementCompleteName();
        switch (name) {
            case "a", "link" -> {
                String href = tag.getAttributeValue("href");
                if (href != null) {
                    links.add(new Link(href, at));
                }
                if (name.equals("link") && "canonical".equals(tag.getAttributeValue("rel")) && canonical == null) {
                    canonical = href;
                }
                if (name.equals("link") && "alternate".equals(tag.getAttributeValue("rel"))
                        && tag.hasAttribute("hreflang")) {
                    alternates.add(new Alternate(tag.getAttributeValue("hreflang"), href));
                }
            }
            case "img", "script", "source", "iframe" -> {
                String src = tag.getAttributeValue("src");
                if (src != null) {
                    links.add(new Link(src, at));
                }
                if (name.equals("img") && !tag.hasAttribute("alt")) {
                    imagesWithoutAlt.add(at);
                }
            }
            default -> {
            }
        }
    }

    /** Where an element is reported: where its Markdown was written, or the page's template. */
    private Position at(IProcessableElementTag tag) {
        String src = tag.getAttributeValue(MarkdownConverter.SOURCE_ATTRIBUTE);
        if (src != null) {
            String[] parts = src.split(":");
            try {
                if (parts.length == 3) {
                    return new Position(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                }
            } catch (NumberFormatException ignored) {
                // the template's position instead
            }
        }
        return Position.ofFile(origin);
    }

    /**
     * Thymeleaf's last handler before the writer: hands every element on, without the source
     * attribute, after noting it in the page's facts (when the page has them: a fragment
     * rendered to be inserted elsewhere has none, and is seen where it is inserted).
     */
    public static final class Handler extends AbstractTemplateHandler {

        private PageFacts facts;

        @Override
        public void setContext(org.thymeleaf.context.ITemplateContext context) {
            super.setContext(context);
            this.facts = (PageFacts) context.getVariable(VARIABLE);
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            getNext().handleOpenElement(note(tag));
        }

        @Override
        public void handleStandaloneElement(IStandaloneElementTag tag) {
            getNext().handleStandaloneElement(note(tag));
        }

        private <T extends IProcessableElementTag> T note(T tag) {
            if (facts != null) {
                synchronized (facts) {
                    facts.element(tag, facts.at(tag));
                }
            }
            if (tag.hasAttribute(MarkdownConverter.SOURCE_ATTRIBUTE)) {
                return getContext().getModelFactory().removeAttribute(tag, MarkdownConverter.SOURCE_ATTRIBUTE);
            }
            return tag;
        }
    }
}
