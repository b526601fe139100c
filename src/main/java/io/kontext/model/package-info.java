/**
 * The explainer as immutable records: what the load stage produces and the render stage reads.
 * Facts (dates, numbers, source ids) are held once; only words are held per language, in maps
 * keyed by language code.
 */
package io.kontext.model;
