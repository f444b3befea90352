package uk.nowrongdoor.partner.service;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nowrongdoor.Application;
import uk.nowrongdoor.accounts.service.StaffDirectory;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.directory.domain.ListingStatus;
import uk.nowrongdoor.directory.domain.OrganisationRepository;
import uk.nowrongdoor.intake.service.OutboxService;
import uk.nowrongdoor.partner.domain.FreshnessReminder;
import uk.nowrongdoor.partner.domain.FreshnessReminder.Stage;
import uk.nowrongdoor.partner.domain.FreshnessReminderRepository;
import uk.nowrongdoor.security.AppRoles;

/**
 * Keeps listings fresh: reminds an organisation's partners to confirm a listing after 5 and again after 6 months (and
 * once for a listing never checked), never twice for the same stage; shows admins what is stale.
 */
@Service
public class FreshnessService {

    private final ListingRepository listings;
    private final OrganisationRepository organisations;
    private final FreshnessReminderRepository reminders;
    private final StaffDirectory staffDirectory;
    private final OutboxService outbox;
    private final FreshnessProperties properties;
    private final Clock clock;

    FreshnessService(
            ListingRepository listings,
            OrganisationRepository organisations,
            FreshnessReminderRepository reminders,
            StaffDirectory staffDirectory,
            OutboxService outbox,
            FreshnessProperties properties,
            Clock clock) {
        this.listings = listings;
        this.organisations = organisations;
        this.reminders = reminders;
        this.staffDirectory = staffDirectory;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /** A stale listing for the admins' list. */
    public record StaleListing(String slug, String name, String organisationName, @Nullable LocalDate lastChecked) {}

    /**
     * Every morning ({@code nwd.freshness.cron}, UK time). Returns nothing: ShedLock refuses to lock a method that
     * returns a primitive (it could not return one when another node holds the lock), so the job would never run.
     */
    @Scheduled(cron = "${nwd.freshness.cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "freshness-reminders")
    @Transactional
    public void sendReminders() {
        sendReminders(LocalDate.now(clock.withZone(Application.LONDON)));
    }

    @Transactional
    public int sendReminders(LocalDate today) {
        int sent = 0;
        for (Listing l : listings.findAll()) {
            if (l.getStatus() != ListingStatus.ACTIVE) {
                continue;
            }
            Stage stage = stageFor(l.getLastChecked(), today);
            if (stage == null || reminders.alreadySent(l.getId(), stage, l.getLastChecked())) {
                continue;
            }
            var to = staffDirectory.partnerEmails(l.getOrganisation().getId());
            if (to.isEmpty()) {
                // nobody to tell yet; the admins' list shows the organisation has no partner account
                continue;
            }
            to.forEach(email -> outbox.queue(email, "Please check a listing is still accurate", body(l, stage)));
            reminders.save(new FreshnessReminder(l.getId(), stage, l.getLastChecked(), clock.instant()));
            sent += to.size();
        }
        return sent;
    }

    @Nullable
    Stage stageFor(@Nullable LocalDate lastChecked, LocalDate today) {
        if (lastChecked == null) {
            return Stage.NEVER_CHECKED;
        }
        if (!lastChecked.plus(properties.secondReminder()).isAfter(today)) {
            return Stage.SECOND;
        }
        if (!lastChecked.plus(properties.firstReminder()).isAfter(today)) {
            return Stage.FIRST;
        }
        return null;
    }

    private String body(Listing l, Stage stage) {
        String why =
                switch (stage) {
                    case NEVER_CHECKED -> "has not been checked by your organisation yet";
                    case FIRST -> "has not been confirmed for " + months(properties.firstReminder());
                    case SECOND -> "has not been confirmed for " + months(properties.secondReminder())
                            + ", so its public page may say the details could have changed";
                };
        return "The listing \"" + l.getName() + "\" " + why + ". Please open My listings (partner/listings) and tap "
                + "\"Still accurate\", or edit what has changed.";
    }

    private static String months(java.time.Period p) {
        long m = p.toTotalMonths();
        return m > 0 ? m + (m == 1 ? " month" : " months") : p.getDays() + " days";
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<StaleListing> staleListings() {
        LocalDate today = LocalDate.now(clock.withZone(Application.LONDON));
        return listings.findAll().stream()
                .filter(l -> l.getStatus() == ListingStatus.ACTIVE && l.isStale(today))
                .sorted((a, b) -> a.getName().compareToIgnoreCase(b.getName()))
                .map(l -> new StaleListing(
                        l.getSlug(), l.getName(), l.getOrganisation().getName(), l.getLastChecked()))
                .toList();
    }

    @RolesAllowed(AppRoles.ADMIN)
    @Transactional(readOnly = true)
    public List<String> organisationsWithoutPartner() {
        return organisations.findAllByOrderByNameAsc().stream()
                .filter(o -> staffDirectory.partnerEmails(o.getId()).isEmpty())
                .map(o -> o.getName())
                .toList();
    }
}
