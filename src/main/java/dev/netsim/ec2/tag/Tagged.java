package dev.netsim.ec2.tag;

import java.util.Map;

/** A resource together with its tags, as both front doors show it. */
public record Tagged<T>(T resource, Map<String, String> tags) {
}
