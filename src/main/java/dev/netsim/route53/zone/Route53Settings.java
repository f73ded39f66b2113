package dev.netsim.route53.zone;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Route 53 settings ({@code netsim.route53.*}): how long a change stays {@code PENDING} before
 * GetChange reports it {@code INSYNC}. Zero lets {@code aws route53 wait resource-record-sets-changed}
 * succeed on its first poll; the responses to the changes themselves always say PENDING, as AWS's do.
 */
@ConfigurationProperties("netsim.route53")
public record Route53Settings(@DefaultValue("0s") Duration changePropagationDelay) {
}
