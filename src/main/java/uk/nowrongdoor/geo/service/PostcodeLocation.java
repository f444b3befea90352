package uk.nowrongdoor.geo.service;

/**
 * Where a postcode is. {@code exact} is true for a full postcode found in the imported ONS Postcode Directory, false
 * when the point is its district's centroid. Only the outward code is ever kept for usage figures.
 */
public record PostcodeLocation(String outwardCode, double latitude, double longitude, boolean exact) {}
