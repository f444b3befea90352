package uk.nowrongdoor.accounts.service;

/** An organisation an admin can give someone membership of. */
public record OrganisationChoice(long id, String name) {}
