/**
 * Source positions and diagnostics: the one vocabulary every stage uses to report a problem in
 * the user's files ({@code path:line:col: error: message}), collected and reported together.
 */
package io.kontext.diag;
