package uk.nowrongdoor.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.security.CurrentUser;
import uk.nowrongdoor.security.PasskeyPolicy;

/**
 * Server-side half of "Require a passkey for admins and complaints leads": an admin or lead who must add a passkey
 * is taken to the passkeys screen from every staff screen, whether opened by link, address bar or menu. Public pages
 * stay open.
 */
@Component
class PasskeyEnrolmentGuard implements VaadinServiceInitListener {

    private final PasskeyPolicy policy;

    PasskeyEnrolmentGuard(PasskeyPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        if (event.getLocation().getPath().equals(PasskeyPolicy.PASSKEYS_PATH)
                || event.getNavigationTarget().isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        if (CurrentUser.get().filter(policy::mustAddPasskey).isPresent()) {
            event.rerouteTo(PasskeyPolicy.PASSKEYS_PATH);
        }
    }
}
