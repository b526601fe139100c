package io.kontext.load;

import java.util.List;


/**
 * How much a project holds, counted from its files as written, even when they have errors (which
 * the build reports): the languages, the article's blocks and the items of
 * each data file. What {@code kontext status} puts the build's diagnostics against.
 *
 * @param languages the codes in {@code site.yaml}, the original's first; empty when it cannot be read
 * @param blocks the blocks of the original article, after the lines to drop
 */
public record Inventory(List<String> languages, int blocks, int events, int figures, int terms, int sources) {

    /** A project whose {@code site.yaml} could not be read. */
    public static final Inventory EMPTY = new Inventory(List.of(), 0, 0, 0, 0, 0);
}
