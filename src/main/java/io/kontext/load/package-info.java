/**
 * Stage one, load: reads the project's files (seed article, {@code site.yaml}, translations, YAML
 * data, Markdown sections) strictly, keeps the position of every value, and turns them into typed
 * model records. Shape problems (unknown keys, wrong types, impossible dates, a language missing)
 * are reported here, each at its line.
 */
package io.kontext.load;
