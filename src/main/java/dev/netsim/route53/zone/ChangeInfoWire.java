package dev.netsim.route53.zone;

import software.amazon.awssdk.services.route53.model.ChangeInfo;

/** A submitted change as the Route 53 API shows it, with its {@code /change/} prefix. */
public final class ChangeInfoWire {

    private ChangeInfoWire() {
    }

    public static ChangeInfo toSdk(Route53Change change) {
        return ChangeInfo.builder().id("/change/" + change.getId()).status(change.getStatus())
                .submittedAt(change.getSubmittedAt()).comment(change.getComment()).build();
    }
}
