package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.server.VaadinRequest;

/** The client's address for rate limiting; the service hashes it and never stores it. */
public final class ClientAddress {

    private ClientAddress() {}

    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null ? null : request.getRemoteAddr();
        return address == null ? "unknown" : address;
    }
}
