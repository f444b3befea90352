package uk.nowrongdoor.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import uk.nowrongdoor.admin.service.InvalidField;
import uk.nowrongdoor.admin.service.TreeAdminService;
import uk.nowrongdoor.admin.service.TreeAdminService.NodeRow;
import uk.nowrongdoor.admin.service.TreeAdminService.Tree;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.TreeNode;

/**
 * One tree as an indented list (each entry with what uses it), and a dialog per entry to rename it, add an entry
 * under it, move it, remove it or merge it into another. Refusals show next to the field they are about.
 */
class TreeEditor extends Div {

    /** "Top level" in the move list. */
    private static final NodeRow TOP =
            new NodeRow(-1, "", "", 0, null, new TreeAdminService.Usage(List.of(), 0, List.of()), "", null);

    private final TreeAdminService service;
    private final Tree tree;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();

    TreeEditor(TreeAdminService service, Tree tree) {
        this.service = service;
        this.tree = tree;
        status.getElement().setAttribute("role", "status");
        list.addClassName("nwd-card-list");
        var name = nameField("Name of a new top-level " + tree.one());
        var add = new Button("Add at the top level", e -> {
            name.setInvalid(false);
            try {
                service.addChild(tree, null, name.getValue());
            } catch (InvalidField invalid) {
                show(name, invalid);
                return;
            }
            status.setText(name.getValue().strip() + " added.");
            name.clear();
            refresh();
        });
        add(status, list, new H2("Add a top-level " + tree.one()), name, add);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<NodeRow> rows = service.tree(tree);
        rows.forEach(row -> list.add(entry(row, rows)));
    }

    private Div entry(NodeRow row, List<NodeRow> rows) {
        var entry = new Div();
        entry.addClassName("nwd-tree-entry");
        // indented by depth, but never so far that a 320 px phone has no room left
        entry.getStyle().set("margin-inline-start", Math.min(row.depth(), 4) + "rem");
        var name = new Span(row.name());
        name.addClassName("nwd-tree-name");
        var used = new Span(
                row.usage().isUnused() ? "Not used" : "Used by " + row.usage().describe(tree));
        used.addClassName("nwd-tree-usage");
        var change = new Button("Change " + row.name(), e -> openDialog(row, rows));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        entry.add(name, used);
        if (row.postcodeDistrict() != null) {
            var district = new Span("Postcode district " + row.postcodeDistrict());
            district.addClassName("nwd-tree-usage");
            entry.add(district);
        }
        entry.add(change);
        return entry;
    }

    private void openDialog(NodeRow row, List<NodeRow> rows) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(row.path());

        var rename = nameField("New name");
        rename.setValue(row.name());
        var renameButton = new Button(
                "Rename",
                e -> act(
                        dialog,
                        rename,
                        () -> service.rename(tree, row.id(), rename.getValue()),
                        "Renamed to " + rename.getValue().strip() + ". Search finds it by the new name."));

        var child = nameField("Name of a new " + tree.one() + " under " + row.name());
        var childButton = new Button(
                "Add under " + row.name(),
                e -> act(
                        dialog,
                        child,
                        () -> service.addChild(tree, row.id(), child.getValue()),
                        child.getValue().strip() + " added."));

        var parent = new Select<NodeRow>();
        parent.setLabel("Move under");
        parent.setItemLabelGenerator(r -> r == TOP ? "Top level" : r.path());
        var choices = new java.util.ArrayList<NodeRow>();
        choices.add(TOP);
        choices.addAll(rows.stream().filter(r -> r.id() != row.id()).toList());
        parent.setItems(choices);
        parent.setValue(
                row.parentId() == null
                        ? TOP
                        : rows.stream()
                                .filter(r -> r.id() == row.parentId())
                                .findFirst()
                                .orElse(TOP));
        parent.setWidthFull();
        var moveButton = new Button(
                "Move",
                e -> act(
                        dialog,
                        parent,
                        () -> service.move(
                                tree,
                                row.id(),
                                parent.getValue() == null || parent.getValue() == TOP
                                        ? null
                                        : parent.getValue().id()),
                        "Moved. Searches for the " + tree.one() + " above it now find its listings."));

        dialog.add(new H3("Rename"), rename, renameButton);
        dialog.add(new H3("Add a " + tree.one() + " under it"), child, childButton);
        dialog.add(new H3("Move"), parent, moveButton);
        if (tree == Tree.PLACES) {
            addDistrict(dialog, row);
        }
        dialog.add(new H3(row.usage().isUnused() ? "Remove" : "Merge into another"));
        if (row.usage().isUnused()) {
            var removed = new Paragraph();
            var remove = new Button("Remove " + row.name(), e -> {
                try {
                    service.remove(tree, row.id());
                } catch (UserFacingException refused) {
                    removed.setText(refused.getMessage());
                    return;
                }
                done(dialog, row.name() + " removed.");
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            removed.getElement().setAttribute("role", "alert");
            dialog.add(new Paragraph("Nothing uses it, so it can be removed."), remove, removed);
        } else {
            var into = new Select<NodeRow>();
            into.setLabel("Merge into");
            into.setItemLabelGenerator(NodeRow::path);
            into.setItems(rows.stream().filter(r -> r.id() != row.id()).toList());
            into.setWidthFull();
            var merge = new Button("Merge " + row.name(), e -> {
                if (into.getValue() == null) {
                    into.setErrorMessage("Choose the " + tree.one() + " to merge it into");
                    into.setInvalid(true);
                    return;
                }
                act(
                        dialog,
                        into,
                        () -> service.merge(tree, row.id(), into.getValue().id()),
                        row.name() + " merged into " + into.getValue().name() + ".");
            });
            dialog.add(
                    new Paragraph("It cannot be removed while " + row.usage().describe(tree)
                            + " use it. Move those first, or merge it: everything that uses it moves to the "
                            + tree.one() + " you choose, and it is removed."),
                    into,
                    merge);
        }
        var close = new Button("Close", e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    /** The place's postcode district: where a location known only by this town is placed for "near me". */
    private void addDistrict(Dialog dialog, NodeRow row) {
        var district = new TextField("Postcode district");
        district.setHelperText("The first part of the postcode of the town's centre, like CV12. Leave it empty for a"
                + " district or area that has none.");
        district.setMaxLength(4);
        district.setWidthFull();
        district.setValue(row.postcodeDistrict() == null ? "" : row.postcodeDistrict());
        var save = new Button("Save postcode district", e -> {
            district.setInvalid(false);
            TreeAdminService.DistrictChange change;
            try {
                change = service.setPostcodeDistrict(row.id(), district.getValue());
            } catch (UserFacingException refused) {
                district.setErrorMessage(refused.getMessage());
                district.setInvalid(true);
                return;
            }
            done(dialog, districtMessage(row.name(), change));
        });
        dialog.add(new H3("Postcode district"), district, save);
    }

    private static String districtMessage(String place, TreeAdminService.DistrictChange change) {
        if (change.postcodeDistrict() == null) {
            return place + " has no postcode district now."
                    + (change.locationsMoved() == 0
                            ? ""
                            : " Locations known only by the town have no point for \"near me\" until they get a"
                                    + " postcode.");
        }
        String moved = change.locationsMoved() == 0
                ? ""
                : " " + change.locationsMoved() + (change.locationsMoved() == 1 ? " location" : " locations")
                        + " known only by the town moved there for \"near me\".";
        String unknown = change.known()
                ? ""
                : " The postcode list does not know where " + change.postcodeDistrict()
                        + " is yet, so locations known only by the town have no point until it does.";
        return place + " is in postcode district " + change.postcodeDistrict() + "." + moved + unknown;
    }

    private void act(Dialog dialog, com.vaadin.flow.component.HasValidation field, Runnable action, String done) {
        field.setInvalid(false);
        try {
            action.run();
        } catch (InvalidField invalid) {
            show(field, invalid);
            return;
        } catch (UserFacingException refused) {
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
            return;
        }
        done(dialog, done);
    }

    private void done(Dialog dialog, String message) {
        dialog.close();
        status.setText(message);
        refresh();
    }

    private static void show(com.vaadin.flow.component.HasValidation field, InvalidField invalid) {
        field.setErrorMessage(invalid.getMessage());
        field.setInvalid(true);
    }

    private static TextField nameField(String label) {
        var field = new TextField(label);
        field.setMaxLength(TreeNode.NAME_MAX);
        field.setWidthFull();
        return field;
    }
}
