package uk.nowrongdoor.feedback.service;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.feedback.domain.ComplaintsPolicy;
import uk.nowrongdoor.feedback.domain.OrganisationPolicy;
import uk.nowrongdoor.feedback.domain.OrganisationPolicyRepository;
import uk.nowrongdoor.feedback.domain.ReplyTemplate;
import uk.nowrongdoor.feedback.domain.ReplyTemplateRepository;
import uk.nowrongdoor.security.AppRoles;

/** What an admin sets for triage: each organisation's complaints procedure and the reply templates. */
@Service
@Transactional(readOnly = true)
public class TriageSettings {

    private final OrganisationPolicyRepository policies;
    private final ReplyTemplateRepository templates;
    private final OrganisationRepository organisations;

    TriageSettings(
            OrganisationPolicyRepository policies,
            ReplyTemplateRepository templates,
            OrganisationRepository organisations) {
        this.policies = policies;
        this.templates = templates;
        this.organisations = organisations;
    }

    /** The organisation's procedure; the 2009 regulations until an admin chooses another. */
    public ComplaintsPolicy policyOf(Long organisationId) {
        return policies.findByOrganisationId(organisationId)
                .map(OrganisationPolicy::getPolicy)
                .orElse(ComplaintsPolicy.DEFAULT);
    }

    /** Every organisation with its procedure, for the settings screen. */
    @RolesAllowed(AppRoles.ADMIN)
    public List<PolicyChoice> policies() {
        return organisations.findAllByOrderByNameAsc().stream()
                .map(o -> new PolicyChoice(o.getId(), o.getName(), policyOf(o.getId())))
                .toList();
    }

    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void choosePolicy(long organisationId, ComplaintsPolicy policy) {
        if (!organisations.existsById(organisationId)) {
            throw new UserFacingException("Choose an organisation from the list.");
        }
        policies.findByOrganisationId(organisationId)
                .ifPresentOrElse(
                        p -> p.choose(policy), () -> policies.save(new OrganisationPolicy(organisationId, policy)));
    }

    public ReplyTemplate template(ReplyTemplate.Purpose purpose) {
        return templates
                .findByPurpose(purpose)
                .orElseThrow(() -> new IllegalStateException("Reply template missing: " + purpose));
    }

    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void editTemplate(ReplyTemplate.Purpose purpose, String subject, String body) {
        if (subject.isBlank() || subject.length() > ReplyTemplate.SUBJECT_MAX) {
            throw new UserFacingException("Give a subject of up to " + ReplyTemplate.SUBJECT_MAX + " characters.");
        }
        if (body.isBlank() || body.length() > ReplyTemplate.BODY_MAX) {
            throw new UserFacingException("Give a message of up to " + ReplyTemplate.BODY_MAX + " characters.");
        }
        if (purpose == ReplyTemplate.Purpose.FINAL_RESPONSE && !body.contains("{ombudsman}")) {
            throw new UserFacingException("The final response must keep {ombudsman}: it names the right Ombudsman.");
        }
        template(purpose).edit(subject.strip(), body.strip());
    }

    /** An organisation and the complaints procedure it follows. */
    public record PolicyChoice(long organisationId, String organisation, ComplaintsPolicy policy) {}
}
