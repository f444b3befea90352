package uk.nowrongdoor.intake.service;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.base.domain.UserFacingException;

/**
 * Throttles public status checks (reference + status code). Only wrong pairs count, per client (a salted hash of its
 * address, in memory only) and per reference, so guessing codes for one reference from many addresses is slowed as
 * much as guessing from one address. Bucket4j buckets on the injected {@link Clock}.
 */
@Component
public class StatusLookupLimiter {

    public static final String TOO_MANY = "There have been too many tries with a wrong reference number or status "
            + "code, so checking is paused to keep your information safe. Please try again in %d minutes, or contact "
            + "the service directly. If you need help now, use \"Need help now?\" at the top of the page.";

    private final StatusLookupProperties properties;
    private final TimeMeter time;
    private final byte[] salt = new byte[32];
    private final Map<String, Bucket> byClient;
    private final Map<String, Bucket> byReference;

    StatusLookupLimiter(StatusLookupProperties properties, Clock clock) {
        this.properties = properties;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
        new SecureRandom().nextBytes(salt);
        this.byClient = bounded(properties.maxRemembered());
        this.byReference = bounded(properties.maxRemembered());
    }

    /**
     * Runs a lookup unless this client or this reference has had too many wrong tries; an empty answer counts as one.
     */
    public <T> Optional<T> check(String clientAddress, String reference, Supplier<Optional<T>> lookup) {
        if (!properties.enabled()) {
            return lookup.get();
        }
        Bucket client = bucket(byClient, hash(clientAddress), properties.failuresPerClient());
        Bucket ref = bucket(byReference, References.tidy(reference), properties.failuresPerReference());
        if (client.getAvailableTokens() < 1 || ref.getAvailableTokens() < 1) {
            throw new UserFacingException(
                    TOO_MANY.formatted(Math.max(1, properties.period().toMinutes())));
        }
        Optional<T> found = lookup.get();
        if (found.isEmpty()) {
            client.tryConsume(1);
            ref.tryConsume(1);
        }
        return found;
    }

    /** Forgets every client and reference (tests). */
    public void reset() {
        synchronized (byClient) {
            byClient.clear();
        }
        synchronized (byReference) {
            byReference.clear();
        }
    }

    private Bucket bucket(Map<String, Bucket> buckets, String key, int capacity) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .withCustomTimePrecision(time)
                    .addLimit(Bandwidth.builder()
                            .capacity(capacity)
                            .refillGreedy(capacity, properties.period())
                            .build())
                    .build());
        }
    }

    private static Map<String, Bucket> bounded(int max) {
        int limit = Math.max(100, max);
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > limit;
            }
        };
    }

    private String hash(String clientAddress) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return HexFormat.of().formatHex(digest.digest(clientAddress.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
