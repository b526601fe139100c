/**
 * Stage four, write: puts the checked site on disk so that readers never see a half-written one
 * and a failed build never touches the last good output.
 */
package io.kontext.publish;
