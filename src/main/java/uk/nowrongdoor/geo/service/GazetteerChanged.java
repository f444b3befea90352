package uk.nowrongdoor.geo.service;

/** Published after the gazetteer gained or moved points, so that features holding coordinates can refresh them. */
public record GazetteerChanged() {}
