package io.kontext.model;

/** A point on the earth in decimal degrees (WGS 84): longitude -180..180 east, latitude -90..90 north. */
public record LonLat(double lon, double lat) {
}
