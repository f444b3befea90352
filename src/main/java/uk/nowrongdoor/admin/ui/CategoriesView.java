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

/** Admins keep the categories tree (see {@link TreeEditor}). */
@Route(value = "admin/categories", layout = StaffLayout.class)
@PageTitle("Categories | No Wrong Door")
@RolesAllowed(AppRoles.ADMIN)
public class CategoriesView extends Main {

    public CategoriesView(TreeAdminService service) {
        addClassName("nwd-page");
        add(
                new H1("Categories"),
                new Paragraph(
                        "The categories people filter search results by, and that listings name. A parent category finds the listings of every category under it."
                                + " A change here is kept when new content is loaded on a later start."),
                new TreeEditor(service, TreeAdminService.Tree.CATEGORIES));
    }
}
