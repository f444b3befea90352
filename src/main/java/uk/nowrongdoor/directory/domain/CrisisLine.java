package uk.nowrongdoor.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** A national crisis number, shown on every page; admins keep its verified-on date current. */
@Entity
@Table(name = "crisis_line")
public class CrisisLine extends AbstractEntity {

    public enum Kind {
        CALL,
        TEXT
    }

    @Column(nullable = false, unique = true, length = 40)
    private String slug = "";

    @Column(nullable = false, length = 100)
    private String name = "";

    /** What to do, in words: "Call 116 123". */
    @Column(nullable = false, length = 100)
    private String action = "";

    /** The digits to dial or text. */
    @Column(nullable = false, length = 20)
    private String dial = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind = Kind.CALL;

    @Column(length = 40)
    private @Nullable String smsBody;

    @Column(nullable = false, length = 300)
    private String description = "";

    @Column(nullable = false)
    private LocalDate verifiedOn = LocalDate.EPOCH;

    private int position;

    protected CrisisLine() {}

    public CrisisLine(
            String slug,
            String name,
            String action,
            String dial,
            Kind kind,
            @Nullable String smsBody,
            String description,
            LocalDate verifiedOn,
            int position) {
        this.slug = slug;
        this.name = name;
        this.action = action;
        this.dial = dial;
        this.kind = kind;
        this.smsBody = smsBody;
        this.description = description;
        this.verifiedOn = verifiedOn;
        this.position = position;
    }

    /** A newer content release changed this line (only when nobody else has changed it since the last one). */
    public void revise(
            String name,
            String action,
            String dial,
            Kind kind,
            @Nullable String smsBody,
            String description,
            LocalDate verifiedOn,
            int position) {
        this.name = name;
        this.action = action;
        this.dial = dial;
        this.kind = kind;
        this.smsBody = smsBody;
        this.description = description;
        this.verifiedOn = verifiedOn;
        this.position = position;
    }

    /** The tap-to-call or tap-to-text link. */
    public String href() {
        return kind == Kind.CALL ? "tel:" + dial : "sms:" + dial + (smsBody == null ? "" : "?&body=" + smsBody);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getAction() {
        return action;
    }

    public String getDial() {
        return dial;
    }

    public Kind getKind() {
        return kind;
    }

    public @Nullable String getSmsBody() {
        return smsBody;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public int getPosition() {
        return position;
    }
}
