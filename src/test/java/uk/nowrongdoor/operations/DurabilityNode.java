package uk.nowrongdoor.operations;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nowrongdoor.directory.domain.Listing;
import uk.nowrongdoor.directory.domain.ListingRepository;
import uk.nowrongdoor.feedback.domain.FeedbackRepository;
import uk.nowrongdoor.feedback.service.FeedbackFixtures;
import uk.nowrongdoor.feedback.service.FeedbackService;
import uk.nowrongdoor.referral.domain.SelfReferralRepository;
import uk.nowrongdoor.referral.service.ReferralFixtures;
import uk.nowrongdoor.referral.service.ReferralService;
import uk.nowrongdoor.testsupport.ReceivingTeams;
import uk.nowrongdoor.testsupport.ScaleOut;

/**
 * The app as {@link DurabilityTest} starts it in a child JVM (from the test class path), plus a small door for the
 * test: {@code POST /durability/referral} and {@code /durability/feedback} call the same service methods as the
 * self-referral and feedback forms and answer with the reference only once the service has returned it (after the
 * commit), which is when the forms show their confirmation; {@code POST /durability/listing/{slug}} changes a
 * listing's description through JPA, as a partner's edit does, so the search index has something to keep up with;
 * {@code POST /durability/check} reports what the database and the index hold. Never part of the app.
 */
public final class DurabilityNode {

    private DurabilityNode() {}

    public static void main(String[] args) {
        ScaleOut.app(Door.class).run(args);
    }

    /** A test component, so component scanning leaves it out of every other test's application. */
    @RestController
    @org.springframework.boot.test.context.TestComponent
    public static class Door {

        private final ReferralService referrals;
        private final FeedbackService feedback;
        private final ApplicationContext context;
        private final TransactionTemplate tx;

        public Door(ReferralService referrals, FeedbackService feedback, ApplicationContext context) {
            this.referrals = referrals;
            this.feedback = feedback;
            this.context = context;
            this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        }

        /** The test's requests come without a session or CSRF token; the app's own rules cover everything else. */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE + 1)
        static SecurityFilterChain durabilityDoor(HttpSecurity http) throws Exception {
            return http.securityMatcher("/durability/**")
                    .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                    .csrf(csrf -> csrf.disable())
                    .build();
        }

        /**
         * The accepting listing's organisation needs a receiving team for its self-referral form: made once the app is
         * ready, after every runner (the content loader among them), whose order among themselves is not fixed.
         */
        @EventListener(ApplicationReadyEvent.class)
        public void receivingTeam() {
            ReceivingTeams.ensure(context, ReferralFixtures.ACCEPTING_ORGANISATION);
        }

        @PostMapping(value = "/durability/referral", produces = MediaType.TEXT_PLAIN_VALUE)
        public String referral(@RequestParam String key) {
            var request = ReferralFixtures.validRequest();
            request.setIdempotencyKey(key);
            return referrals
                    .submitSelfReferral(ReferralFixtures.ACCEPTING, request, "127.0.0.1")
                    .reference();
        }

        @PostMapping(value = "/durability/feedback", produces = MediaType.TEXT_PLAIN_VALUE)
        public String feedback(@RequestParam String key) {
            var request = FeedbackFixtures.anonymousCompliment();
            request.setIdempotencyKey(key);
            return feedback.submitFeedback(request, "127.0.0.1").reference();
        }

        @PostMapping(value = "/durability/listing/{slug}", produces = MediaType.TEXT_PLAIN_VALUE)
        public String listing(@PathVariable String slug, @RequestParam String word) {
            var listings = context.getBean(ListingRepository.class);
            tx.executeWithoutResult(s -> {
                Listing listing = listings.findBySlug(slug).orElseThrow();
                listing.setDescription("Changed by the durability test: " + word);
            });
            return word;
        }

        /**
         * For each reference, whether the database holds it; for each word, the listings whose description holds it
         * in the database and in the index; and the number of listings in each.
         */
        @PostMapping(value = "/durability/check", produces = MediaType.APPLICATION_JSON_VALUE)
        public Map<String, Object> check(
                @RequestParam List<String> references, @RequestParam(required = false) List<String> words) {
            var referralRepository = context.getBean(SelfReferralRepository.class);
            var feedbackRepository = context.getBean(FeedbackRepository.class);
            var missing = new ArrayList<String>();
            for (String reference : references) {
                boolean found = referralRepository.findByReference(reference).isPresent()
                        || feedbackRepository.findByReference(reference).isPresent();
                if (!found) {
                    missing.add(reference);
                }
            }
            var answer = new LinkedHashMap<String, Object>();
            answer.put("missing", missing);
            answer.put("referrals", referralRepository.count());
            answer.put("feedback", feedbackRepository.count());
            var differing = new ArrayList<String>();
            tx.executeWithoutResult(s -> {
                EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager();
                try {
                    var search = Search.session(em);
                    answer.put(
                            "listingsInDatabase",
                            context.getBean(ListingRepository.class).count());
                    answer.put(
                            "listingsInIndex",
                            search.search(Listing.class)
                                    .where(f -> f.matchAll())
                                    .fetchTotalHitCount());
                    for (String word : words == null ? List.<String>of() : words) {
                        var inDatabase = new TreeSet<Long>(
                                em.createQuery("select l.id from Listing l where l.description like :w", Long.class)
                                        .setParameter("w", "%: " + word)
                                        .getResultList());
                        var inIndex = new TreeSet<Long>(search.search(Listing.class)
                                .select(f -> f.id(Long.class))
                                .where(f -> f.match().field("description").matching(word))
                                .fetchAllHits());
                        if (!inDatabase.equals(inIndex)) {
                            differing.add(word + ": database " + inDatabase + ", index " + inIndex);
                        }
                    }
                } finally {
                    em.close();
                }
            });
            answer.put("indexDiffers", differing);
            return answer;
        }
    }
}
