package uk.nowrongdoor.intake.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reference numbers (NWD-R-7KQ4-M2XD) and short status codes. Random, from an alphabet without look-alikes (no 0/O,
 * 1/I/L), so they can be read over the phone and cannot be guessed from another person's. Status codes are stored
 * only as an HMAC ({@link StatusCodes}).
 */
public final class References {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int CODE_LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {}

    /** A new reference with the given one-letter kind: R for referrals, F for feedback. */
    public static String newReference(char kind) {
        return "NWD-" + kind + "-" + random(4) + "-" + random(4);
    }

    public static String newStatusCode() {
        return random(CODE_LENGTH);
    }

    /** SHA-256 of the tidied code: what the first release stored, now only the input to {@link StatusCodes}. */
    static String legacyHash(String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(tidy(code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a person typed, made comparable: spaces dropped, upper case. */
    public static String tidy(String typed) {
        return typed.replaceAll("\\s+", "").toUpperCase(Locale.UK);
    }

    private static String random(int length) {
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
