package uk.nowrongdoor.referral.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import uk.nowrongdoor.intake.service.Receipt;
import uk.nowrongdoor.intake.ui.Drafts;
import uk.nowrongdoor.intake.ui.NewScreen;
import uk.nowrongdoor.intake.ui.QuestionPage;
import uk.nowrongdoor.intake.ui.RiskNotice;
import uk.nowrongdoor.referral.service.ReferralTarget;
import uk.nowrongdoor.referral.service.SelfReferralRequest;

/**
 * The self-referral journey: question pages one at a time with a back link, then "check your answers". It owns the
 * form bean, keeps a draft in the browser after every page, and fires {@link SendEvent}; the view calls the service.
 */
class ReferralJourney extends Div {

    private final SelfReferralRequest bean = new SelfReferralRequest();
    private final ReferralTarget target;
    private final RiskNotice riskNotice;
    private final Predicate<String> mentionsRisk;
    private final List<QuestionPage<SelfReferralRequest>> pages;
    private final Div stage = new Div();
    private final Button back = new Button("Back", e -> back());
    private final String draftKey;
    private int step;
    private @org.jspecify.annotations.Nullable CheckAnswers check;

    ReferralJourney(ReferralTarget target, RiskNotice riskNotice, Predicate<String> mentionsRisk) {
        this.target = target;
        this.riskNotice = riskNotice;
        this.mentionsRisk = mentionsRisk;
        this.draftKey = "nwd-draft-refer-" + target.slug();
        addClassName("nwd-journey");
        pages = ReferralQuestions.pages(bean, target, riskNotice::show, this::checkText);
        pages.forEach(p -> p.addContinueListener(e -> next()));
        // keep the draft current while the person types, not only when they continue
        pages.forEach(p -> p.binder().addValueChangeListener(e -> Drafts.save(this, draftKey, bean)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.addClassName("nwd-back-link");
        add(back, riskNotice, stage);
        show(0);
        addAttachListener(e -> Drafts.restore(this, draftKey, bean, restored -> {
            pages.forEach(QuestionPage::refresh);
            checkText(bean.getHelpWanted());
            checkText(bean.getAboutMe());
            stage.addComponentAsFirst(new Paragraph("We have kept what you typed before. Check it and carry on."));
        }));
    }

    int step() {
        return step;
    }

    void show(int index) {
        step = index;
        stage.removeAll();
        if (index < pages.size()) {
            stage.add(pages.get(index));
        } else {
            check = new CheckAnswers(bean, target, this::show, () -> fireEvent(new SendEvent(this, bean)));
            stage.add(check);
        }
        getUI().ifPresent(ui -> {
            ui.getPage().setTitle(title());
            NewScreen.shown(stage);
        });
    }

    String title() {
        return (step < pages.size() ? pages.get(step).question() : "Check your answers") + " | No Wrong Door";
    }

    private void next() {
        Drafts.save(this, draftKey, bean);
        checkText(bean.getHelpWanted());
        checkText(bean.getAboutMe());
        show(step + 1);
    }

    private void back() {
        if (step == 0) {
            getUI().ifPresent(ui -> ui.getPage().setLocation("listing/" + target.slug()));
        } else {
            show(step - 1);
        }
    }

    private void checkText(@org.jspecify.annotations.Nullable String text) {
        if (text != null && mentionsRisk.test(text)) {
            riskNotice.show();
        }
    }

    /** The service refused the answers: show why on the check page, with the draft kept. */
    void showProblems(Collection<String> messages) {
        if (check != null) {
            check.showProblems(messages);
        }
    }

    void showConfirmation(Receipt receipt) {
        Drafts.clear(this, draftKey);
        removeAll();
        if (receipt.riskIndicated()) {
            riskNotice.show();
            add(riskNotice);
        }
        add(new ReferralConfirmation(receipt, target));
        getUI().ifPresent(ui -> ui.getPage().setTitle("Request sent | No Wrong Door"));
        NewScreen.shown(this);
    }

    Registration addSendListener(ComponentEventListener<SendEvent> listener) {
        return addListener(SendEvent.class, listener);
    }

    static class SendEvent extends ComponentEvent<ReferralJourney> {
        private final SelfReferralRequest request;

        SendEvent(ReferralJourney source, SelfReferralRequest request) {
            super(source, false);
            this.request = request;
        }

        SelfReferralRequest request() {
            return request;
        }
    }

    /** Where a person goes when this listing does not take referrals here: never a dead end. */
    static Div notAccepted(ReferralTarget target) {
        var box = new Div(
                new Paragraph(target.listingName() + " does not take requests for help through this website. "
                        + "You can still contact them directly: their details are on their page."),
                new Anchor("listing/" + target.slug(), "Contact details for " + target.listingName()),
                new Paragraph("Or find another service that you can ask for help online."),
                new Anchor("", "Search for services"),
                new Paragraph("If you are not sure where to go, call NHS 111 and choose option 2 (mental health). "
                        + "They are open 24 hours a day."));
        box.addClassName("nwd-not-accepted");
        return box;
    }
}
