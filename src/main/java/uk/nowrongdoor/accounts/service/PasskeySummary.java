package uk.nowrongdoor.accounts.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of a person's passkeys, as the passkeys screen shows it. The id is the credential id (base64url). */
public record PasskeySummary(String id, String label, @Nullable Instant created, @Nullable Instant lastUsed) {}
