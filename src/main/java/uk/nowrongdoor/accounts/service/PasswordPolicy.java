package uk.nowrongdoor.accounts.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * NCSC's advice for passwords: long enough, no composition rules, and not one that attackers try first. Pasting is
 * allowed (password managers). The list in {@code accounts/common-passwords.txt} holds only entries of 12 or more
 * characters: shorter ones are refused by length anyway.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt reads at most 72 bytes; a longer password would be cut without the person knowing. */
    public static final int MAX_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("accounts/common-passwords.txt");
    }

    /** Why the password is refused, in words for the person choosing it; empty when it is fine. */
    public Optional<String> problemWith(String password) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. Three random words work well.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most 64 characters.");
        }
        if (password.isBlank()) {
            return Optional.of("Use letters or words, not only spaces.");
        }
        if (common.contains(password.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("This password is on a list of passwords that attackers try first. Choose another.");
        }
        return Optional.empty();
    }

    Set<String> commonPasswords() {
        return common;
    }

    private static Set<String> load(String path) {
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
