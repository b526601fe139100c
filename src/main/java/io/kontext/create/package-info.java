/**
 * Starting a new explainer ({@code kontext new}): a complete, buildable project made from one
 * article - the seed kept byte for byte, {@code site.yaml} filled from the article, a translation
 * file per language with every block pending, empty data files with examples, and the default
 * templates from Kontext's class path. Uses the load stage's readers, so the article is read
 * exactly as a build will read it.
 */
package io.kontext.create;
