package dev.netsim.cloudfront;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * CloudFront settings ({@code netsim.cloudfront.*}): how long a distribution's change stays
 * {@code InProgress} before it is {@code Deployed}, and an invalidation {@code InProgress} before it
 * is {@code Completed} (zero lets the CLI's waiters succeed on their first poll; the responses to
 * the changes themselves always say InProgress, as AWS's do); the edge location that serves
 * viewer requests which name none; and a JSON file of edge locations to use instead of the
 * built-in table ({@code [{"pop": "IAD89-C1", "city": "Ashburn", "latitude": 39.04,
 * "longitude": -77.49, "priceTier": 100}, …]}).
 */
@ConfigurationProperties("netsim.cloudfront")
public record CloudFrontSettings(@DefaultValue("0s") Duration deployDelay, @DefaultValue("0s") Duration invalidationDelay,
                                 @DefaultValue("IAD") String homeEdge, String edgesFile) {
}
