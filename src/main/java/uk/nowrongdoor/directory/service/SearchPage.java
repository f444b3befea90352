package uk.nowrongdoor.directory.service;

import java.util.List;
import java.util.Map;

/** One page of results, with the total and the counts per category and place slug for the whole result. */
public record SearchPage(
        List<ListingCard> cards, long total, Map<String, Long> categoryCounts, Map<String, Long> placeCounts) {}
