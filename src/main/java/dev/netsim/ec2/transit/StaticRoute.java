package dev.netsim.ec2.transit;

import jakarta.persistence.Embeddable;

/** A static route of a transit gateway route table: to an attachment, or a blackhole (no attachment). */
@Embeddable
public class StaticRoute {

    private String destinationCidr;
    private String attachmentId;

    protected StaticRoute() {
    }

    StaticRoute(String destinationCidr, String attachmentId) {
        this.destinationCidr = destinationCidr;
        this.attachmentId = attachmentId;
    }

    public String getDestinationCidr() { return destinationCidr; }
    public String getAttachmentId() { return attachmentId; }

    void retarget(String newAttachmentId) { this.attachmentId = newAttachmentId; }
}
