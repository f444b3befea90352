package uk.nowrongdoor.accounts.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A keyed hash of a client address for the sign-in audit: an admin can see that several failures came from one place
 * without the address itself being stored. The key lives only in memory, so hashes compare within one run.
 */
@Component
class AddressHash {

    private final byte[] key = new byte[32];

    AddressHash() {
        new SecureRandom().nextBytes(key);
    }

    @Nullable
    String of(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(address.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
