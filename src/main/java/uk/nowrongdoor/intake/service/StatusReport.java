package uk.nowrongdoor.intake.service;

import java.time.LocalDate;

/** What a status check shows: never the story, only where the item is. */
public record StatusReport(String reference, String status, String explanation, LocalDate sentOn, String sentTo) {}
