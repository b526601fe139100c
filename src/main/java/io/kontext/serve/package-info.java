/**
 * The preview server ({@code kontext serve}): builds the site in memory with the local address as
 * its base URL, serves it on this machine under its base path, rebuilds it when a source changes,
 * reloads open pages through Server-Sent Events and shows build errors in them. It serves only
 * what the last build produced, never a file from disk, and checks every request's method,
 * {@code Host}, {@code Origin} and path before anything else. Nothing of it reaches a build's output.
 */
package io.kontext.serve;
