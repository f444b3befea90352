package uk.nowrongdoor.referral.service;

import org.jspecify.annotations.Nullable;

/** Somewhere a referral can be passed on to: a listing, or an organisation as a whole (no listing). */
public record RedirectOption(long organisationId, @Nullable String listingSlug, String label) {}
