package io.kontext.model;

/** What an embed shows: the whole timeline, one category's, one event, all key figures, one figure. */
public enum EmbedKind {
    TIMELINE, CATEGORY, EVENT, FIGURES, FIGURE;

    /** Whether it shows one item (an event, a figure) rather than a list. */
    public boolean single() {
        return this == EVENT || this == FIGURE;
    }

    /** The name templates and messages use: "timeline", "category", "event", "figures", "figure". */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
