package uk.nowrongdoor.accounts.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.nowrongdoor.accounts.domain.StaffRole;
import uk.nowrongdoor.accounts.service.AccessRequest;
import uk.nowrongdoor.accounts.service.OrganisationChoice;

/** Roles, organisations, whole partnership and the referral inbox: what an admin gives someone. */
class AccessFields extends Div {

    final CheckboxGroup<StaffRole> roles = new CheckboxGroup<>("Roles");
    final MultiSelectComboBox<OrganisationChoice> organisations = new MultiSelectComboBox<>("Organisations");
    final Checkbox partnershipWide = new Checkbox("For the whole partnership (complaints leads and coordinators)");
    final Checkbox receivesReferrals = new Checkbox("Self-referrals for these organisations reach this person");

    AccessFields(List<OrganisationChoice> choices) {
        roles.setItems(StaffRole.values());
        roles.setItemLabelGenerator(StaffRole::label);
        // said in the label, not with aria-required: a group role does not allow it (axe aria-allowed-attr, critical)
        roles.setLabel("Roles (choose at least one)");
        organisations.setItems(choices);
        organisations.setItemLabelGenerator(OrganisationChoice::name);
        organisations.setHelperText("A partner editor acts only for these organisations");
        organisations.setWidthFull();
        add(roles, organisations, partnershipWide, receivesReferrals);
    }

    void show(Set<StaffRole> chosenRoles, Set<Long> organisationIds, boolean wide, boolean receives) {
        roles.setValue(chosenRoles);
        organisations.setValue(organisations
                .getListDataView()
                .getItems()
                .filter(choice -> organisationIds.contains(choice.id()))
                .collect(Collectors.toSet()));
        partnershipWide.setValue(wide);
        receivesReferrals.setValue(receives);
    }

    AccessRequest value() {
        Set<StaffRole> chosen =
                roles.getValue().isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles.getValue());
        return new AccessRequest(
                chosen,
                organisations.getValue().stream().map(OrganisationChoice::id).collect(Collectors.toSet()),
                partnershipWide.getValue(),
                receivesReferrals.getValue());
    }

    void showError(String message) {
        roles.setErrorMessage(message);
        roles.setInvalid(true);
    }

    void clearError() {
        roles.setInvalid(false);
    }
}
