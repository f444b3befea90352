package uk.nowrongdoor.accounts.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new install has no staff account and no default password. With {@code nwd.bootstrap.admin-email} set, each start
 * prints a single-use, expiring set-password link for that address to the log until an admin has a password.
 */
@Component
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String email;

    FirstAdmin(AccountService accounts, @Value("${nwd.bootstrap.admin-email:}") String email) {
        this.accounts = accounts;
        this.email = email;
    }

    @EventListener(ApplicationReadyEvent.class)
    void offerFirstAdminLink() {
        if (email.isBlank()) {
            return;
        }
        accounts.firstAdminLink(email)
                .ifPresent(link -> log.warn(
                        "No admin can sign in yet. Set the first admin's password (single use, expires) at: {}", link));
    }
}
