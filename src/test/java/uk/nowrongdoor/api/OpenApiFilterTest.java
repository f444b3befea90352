package uk.nowrongdoor.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class OpenApiFilterTest {

    private static MockHttpServletResponse call(OpenApiFilter filter, String address) throws Exception {
        var request = new MockHttpServletRequest("GET", "/api/openreferral/services");
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_client_past_its_limit_is_asked_to_wait_and_others_are_not() throws Exception {
        var filter = new OpenApiFilter(2);
        assertThat(call(filter, "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call(filter, "10.0.0.1").getStatus()).isEqualTo(200);
        var refused = call(filter, "10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(call(filter, "10.0.0.2").getStatus()).isEqualTo(200);
    }
}
