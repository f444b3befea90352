package uk.nowrongdoor.directory.ui;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * Serves {@code /manifest.webmanifest} (the installable app's manifest, linked by CrisisShell) with its own media
 * type, which Spring Boot's defaults lack, so that response compression applies to it too.
 */
@Component
class InstallableApp implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        var mappings = new MimeMappings();
        mappings.add("webmanifest", "application/manifest+json");
        factory.addMimeMappings(mappings);
    }
}
