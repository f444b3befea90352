package uk.nowrongdoor.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A partnership-wide security switch (for example "require a passkey for admins and complaints leads"). */
@Entity
@Table(name = "security_setting")
public class SecuritySetting {

    /** Key of "Require a passkey for admins and complaints leads". */
    public static final String REQUIRE_PASSKEY = "require-passkey";

    @Id
    @Column(name = "setting_key", length = 60)
    private String key = "";

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_at")
    private @Nullable Instant changedAt;

    @Column(name = "changed_by", length = 254)
    private @Nullable String changedBy;

    protected SecuritySetting() {}

    public SecuritySetting(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public @Nullable Instant getChangedAt() {
        return changedAt;
    }

    public @Nullable String getChangedBy() {
        return changedBy;
    }

    public void change(boolean enabled, Instant at, String by) {
        this.enabled = enabled;
        this.changedAt = at;
        this.changedBy = by;
    }
}
