package dev.netsim.cloudfront;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CloudFront settings ({@code netsim.cloudfront.*}): how long a distribution's change stays
 * {@code InProgress} before it is {@code Deployed}, and an invalidation {@code InProgress} before it
 * is {@code Completed} (zero lets the CLI's waiters succeed on their first poll; the responses to
 * the changes themselves always say InProgress, as AWS's do); and the edge location that serves
 * viewer requests which name none.
 */
@ConfigurationProperties("netsim.cloudfront")
public record CloudFrontSettings(@DefaultValue("0s") Duration deployDelay, @DefaultValue("0s") Duration invalidationDelay,
                                 @DefaultValue("IAD") String homeEdge) {
}
