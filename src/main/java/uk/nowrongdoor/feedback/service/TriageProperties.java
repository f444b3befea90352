package uk.nowrongdoor.feedback.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Triage settings. {@code nwd.triage.safeguarding-decision-days}: calendar days from receipt within which a manager's
 * safeguarding decision is due (the Safeguarding Adults Collection requirement in the reference notes: 4 days).
 */
@ConfigurationProperties("nwd.triage")
public record TriageProperties(@DefaultValue("4") int safeguardingDecisionDays) {}
