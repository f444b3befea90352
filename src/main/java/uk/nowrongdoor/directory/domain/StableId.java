package uk.nowrongdoor.directory.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The stable ids the Open Referral feed publishes: name-based UUIDs (RFC 4122 version 5, SHA-1), so the same content
 * always gets the same id, on a fresh database as on a migrated one. A record with a slug is named by its kind and
 * slug ({@code listing:cw-mind-safe-haven}); a record that lives inside another (a location, a schedule, an address)
 * is named by its owner's UUID and a fixed suffix ({@code location-1}, {@code address}).
 */
public final class StableId {

    /** The directory's namespace. Never change it: every published id would change with it. */
    public static final UUID NAMESPACE = UUID.fromString("6b675f71-295b-4107-94c9-67387dab920e");

    public static final String LISTING = "listing";
    public static final String ORGANISATION = "organisation";
    public static final String CATEGORY = "category";
    public static final String TAXONOMY = "taxonomy";

    private StableId() {}

    /** The id of a record known by its kind and slug. */
    public static UUID of(String kind, String slug) {
        return nameBased(NAMESPACE, kind + ":" + slug);
    }

    /** The id of a record that belongs to another: a location, schedule, address, phone or attribute. */
    public static UUID derived(UUID owner, String suffix) {
        return nameBased(owner, suffix);
    }

    /** The n-th (from 1) location a listing was created with. */
    public static UUID location(UUID listing, int n) {
        return derived(listing, "location-" + n);
    }

    /** A feed's id as a UUID, or null when it is not one (an older feed's slug). */
    public static @org.jspecify.annotations.Nullable UUID parse(@org.jspecify.annotations.Nullable String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        var buffer = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
