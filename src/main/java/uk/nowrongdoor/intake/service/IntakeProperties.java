package uk.nowrongdoor.intake.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nwd.public-url}-style settings for acknowledgement emails: where status links point and who they are from.
 */
@ConfigurationProperties("nwd.mail")
public record IntakeProperties(
        @DefaultValue("no-reply@nowrongdoor.invalid") String from,
        @DefaultValue("http://localhost:8080") String publicUrl) {}
