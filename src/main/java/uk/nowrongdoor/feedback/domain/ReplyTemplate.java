package uk.nowrongdoor.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.nowrongdoor.base.domain.AbstractEntity;

/** An email an admin can edit: {reference}, {organisation}, {received}, {responseDue}, {ombudsman}, {statusLink}. */
@Entity
@Table(name = "reply_template")
public class ReplyTemplate extends AbstractEntity {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;

    /** What the email is for. */
    public enum Purpose {
        ACKNOWLEDGEMENT,
        FINAL_RESPONSE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 30)
    private Purpose purpose = Purpose.ACKNOWLEDGEMENT;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject = "";

    @Column(nullable = false, length = BODY_MAX)
    private String body = "";

    protected ReplyTemplate() {}

    public Purpose getPurpose() {
        return purpose;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public void edit(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }
}
