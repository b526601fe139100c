/**
 * Build-time SVG visuals: charts, the timeline overview and the locator map, each drawn as one
 * inline SVG string (and the social card as a PNG) while the site is built. No JavaScript, no
 * tiles, no request at reading time; all words come in as parameters in the page's language, and
 * the same input always gives the same output.
 */
package io.kontext.render.visual;
