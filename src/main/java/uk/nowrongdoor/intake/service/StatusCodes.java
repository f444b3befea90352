package uk.nowrongdoor.intake.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps status codes as an HMAC-SHA256 with a server secret, so a copy of the database alone cannot be used to try
 * all of the (roughly a billion) six-character codes. What is stored is {@code HMAC(secret, SHA-256(code))}: the
 * inner SHA-256 is what the first release stored, so {@link StatusCodeMigration} could convert those rows in place.
 *
 * <p>The secret is {@code nwd.security.status-code-secret}; when that is empty, a random one is made on the first
 * start and kept in {@code <nwd.data-dir>/status-code-secret} (readable by the owner only). Losing it makes every
 * stored status code fail, so it is backed up with the database.
 */
@Component
public class StatusCodes {

    private static final Logger log = LoggerFactory.getLogger(StatusCodes.class);
    static final String SECRET_FILE = "status-code-secret";
    static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;

    StatusCodes(
            @Value("${nwd.security.status-code-secret:}") String configured,
            @Value("${nwd.data-dir:./data}") String dataDir) {
        this.key = new SecretKeySpec(secret(configured, Path.of(dataDir)), "HmacSHA256");
    }

    /** A new random code, as shown to the person once. */
    public String newCode() {
        return References.newStatusCode();
    }

    /** What is stored for a code. */
    public String hash(String code) {
        return hmac(References.legacyHash(code));
    }

    public boolean matches(String typedCode, String stored) {
        return MessageDigest.isEqual(
                hash(typedCode).getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }

    /** Turns a first-release SHA-256 hash into what is stored now. */
    String upgradeLegacy(String legacyHash) {
        return hmac(legacyHash);
    }

    private String hmac(String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] secret(String configured, Path dataDir) {
        if (!configured.isBlank()) {
            if (configured.strip().length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("nwd.security.status-code-secret must be at least " + MIN_SECRET_LENGTH
                        + " characters (for example 32 random bytes in Base64)");
            }
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve(SECRET_FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                var bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                try {
                    create(file, Base64.getEncoder().encodeToString(bytes));
                    log.info("Made a new status-code secret in {} (back it up with the database)", file);
                } catch (FileAlreadyExistsException raced) {
                    // another instance made it first: use theirs
                }
            }
            String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (stored.length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException(file + " holds a secret shorter than " + MIN_SECRET_LENGTH);
            }
            return stored.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the status-code secret in " + dataDir, e);
        }
    }

    private static void create(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }
}
