package dev.netsim.route53.zone;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A submitted change (zone creation or deletion, record changes): PENDING until it has propagated. */
@Entity
@Table(name = "route53_change")
public class Route53Change extends AssignedIdEntity<String> {

    @Id
    private String id;
    private String account;
    private String status;
    private Instant submittedAt;
    private String comment;

    protected Route53Change() {
    }

    public Route53Change(String id, String account, Instant submittedAt, String comment) {
        this.id = id;
        this.account = account;
        this.status = "PENDING";
        this.submittedAt = submittedAt;
        this.comment = comment;
    }

    /** The change as GetChange reports it at {@code now}: INSYNC once {@code propagation} has passed since it was submitted. */
    public Route53Change asOf(Instant now, Duration propagation) {
        Route53Change view = new Route53Change(id, account, submittedAt, comment);
        view.status = now.isBefore(submittedAt.plus(propagation)) ? "PENDING" : "INSYNC";
        return view;
    }

    public String getId() { return id; }
    public String getAccount() { return account; }
    public String getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getComment() { return comment; }
}
