package uk.nowrongdoor.intake.service;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.nowrongdoor.base.domain.UserFacingException;

/**
 * Limits anonymous submissions per client with Bucket4j token buckets. The client is known only by a salted hash of
 * its address; the salt is random per process and the hash is kept in memory only, never stored or logged.
 */
@Component
public class SubmissionRateLimiter {

    public static final String TOO_MANY = "You have sent several forms in a short time, so we cannot take another "
            + "one just now. Please try again later. If you need help now, use \"Need help now?\" at the top of the "
            + "page, or call NHS 111 and choose the mental health option.";

    private final RateLimitProperties properties;
    private final byte[] salt = new byte[32];
    private final Map<String, Bucket> buckets;

    SubmissionRateLimiter(RateLimitProperties properties) {
        this.properties = properties;
        new SecureRandom().nextBytes(salt);
        int max = Math.max(100, properties.maxClients());
        // least recently used clients fall out, so memory stays bounded
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > max;
            }
        };
    }

    /** Takes one submission from the client's allowance, or refuses with a calm message. */
    public void consume(String clientAddress) {
        take(hash(clientAddress));
    }

    /**
     * The same, from an allowance of its own for one kind of form, so that (for example) edit suggestions never use
     * up what a person needs to ask for help.
     */
    public void consume(String clientAddress, String form) {
        take(hash(form + "\n" + clientAddress));
    }

    private void take(String key) {
        if (!properties.enabled()) {
            return;
        }
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> newBucket());
        }
        if (!bucket.tryConsume(1)) {
            throw new UserFacingException(TOO_MANY);
        }
    }

    /** Forgets every client (tests). */
    public void reset() {
        synchronized (buckets) {
            buckets.clear();
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(properties.capacity())
                        .refillGreedy(properties.capacity(), properties.period())
                        .build())
                .build();
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
