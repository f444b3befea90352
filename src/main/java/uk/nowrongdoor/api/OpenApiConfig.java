package uk.nowrongdoor.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class OpenApiConfig {

    @Bean
    FilterRegistrationBean<OpenApiFilter> openApiFilter(
            @Value("${nwd.api.requests-per-minute:120}") int requestsPerMinute) {
        var registration = new FilterRegistrationBean<>(new OpenApiFilter(requestsPerMinute));
        registration.addUrlPatterns(OpenReferralController.BASE, OpenReferralController.BASE + "/*");
        // before Spring Security's filter chain (order -100)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
