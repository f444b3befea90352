package uk.nowrongdoor.directory.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ends the session and sends the browser to a neutral site. Works without JavaScript. */
@RestController
class QuickExitController {

    private final String neutralUrl;

    QuickExitController(@Value("${nwd.quick-exit-url}") String neutralUrl) {
        this.neutralUrl = neutralUrl;
    }

    @GetMapping(QuickExit.EXIT_PATH)
    void exit(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Clear-Site-Data", "\"cache\", \"storage\"");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", neutralUrl);
    }
}
