package uk.nowrongdoor.intake.ui;

import com.vaadin.flow.component.Component;

/**
 * When one screen of a form replaces another in place (the next question, the confirmation), the browser keeps its
 * scroll position: on a phone, after a tap at the foot of a long page, the new heading (or the reference number) is
 * out of sight above, behind the sticky header. This scrolls back to the top (or, when the crisis card sits above
 * the form, to the new heading) and moves focus to the new heading, so screen readers announce the new screen too.
 */
public final class NewScreen {

    private NewScreen() {}

    public static void shown(Component within) {
        within.getElement()
                .executeJs(
                        """
                        const heading = this.querySelector('h1');
                        if (!heading) { window.scrollTo(0, 0); return; }
                        const header = document.querySelector('.nwd-header');
                        const below = header ? header.offsetHeight : 0; // sticky at the top once scrolled
                        const top = heading.getBoundingClientRect().top + window.scrollY;
                        // the top of the page if the heading shows there too, else the heading just below the header
                        const fits = top + heading.offsetHeight <= window.innerHeight;
                        window.scrollTo(0, fits ? 0 : Math.max(0, top - below - 8));
                        heading.setAttribute('tabindex', '-1');
                        heading.focus({preventScroll: true});
                        """);
    }
}
