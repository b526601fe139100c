/**
 * The output's layout: the path, address and relative way of every page and file of a built site,
 * and the anchors on its pages ({@link io.kontext.layout.Layout}). Shared by every stage.
 */
package io.kontext.layout;
