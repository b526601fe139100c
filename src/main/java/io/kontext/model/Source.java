package io.kontext.model;

import io.kontext.diag.Position;

/** A published source that claims on the site rest on. {@code number} is its place in the list, from 1. */
public record Source(String id, int number, String publisher, String title, String url, PartialDate date,
        String language, Position position) {
}
