/**
 * Stage three, check: reads the rendered site as a browser and a search engine would and reports
 * what would break for them - a link or anchor that leads nowhere, a duplicate id, an image without
 * a text alternative, an external address that is not https, an hreflang set that is not complete
 * and reciprocal - at the source position where the link was written when it is known.
 */
package io.kontext.check;
