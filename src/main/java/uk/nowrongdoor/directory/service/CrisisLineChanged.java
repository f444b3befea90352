package uk.nowrongdoor.directory.service;

/**
 * Published, inside the admin's transaction, when an admin changes a national crisis line, so that the listings that
 * show that line's number follow it (the content loader knows which listings those are).
 */
public record CrisisLineChanged(String slug) {}
