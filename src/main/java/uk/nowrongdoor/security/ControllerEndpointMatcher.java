package uk.nowrongdoor.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests that a Spring MVC controller method would handle (as opposed to Vaadin views, static files and
 * unknown addresses), so that a controller someone adds later is for staff only until it is made public on purpose.
 */
final class ControllerEndpointMatcher implements RequestMatcher {

    private final RequestMappingHandlerMapping controllers;

    ControllerEndpointMatcher(RequestMappingHandlerMapping controllers) {
        this.controllers = controllers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            return controllers.getHandler(request) != null;
        } catch (Exception e) {
            // a method or media type the controller does not take: still a controller's address, so still guarded
            return true;
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
