package uk.nowrongdoor.admin.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.nowrongdoor.admin.service.TreeAdminService;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.security.ui.StaffLayout;

/** Admins keep the places tree (see {@link TreeEditor}). */
@Route(value = "admin/places", layout = StaffLayout.class)
@PageTitle("Places | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class PlacesView extends Main {

    public PlacesView(TreeAdminService service) {
        addClassName("nwd-page");
        add(
                new H1("Places"),
                new Paragraph(
                        "The partnership area, its districts and towns: where listings serve and where their locations are. Searching a district finds the listings of every town in it."
                                + " A change here is kept when new content is loaded on a later start."),
                new TreeEditor(service, TreeAdminService.Tree.PLACES));
    }
}
