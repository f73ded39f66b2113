package dev.netsim.ec2.tag;

import java.util.function.BiPredicate;

import dev.netsim.common.Scope;

/**
 * One EC2 resource type that CreateTags accepts: its id prefix, its {@code ResourceType} name,
 * the NotFound code prefix and noun for unknown ids, and how to tell whether an id exists.
 */
public record TaggableType(String idPrefix, String resourceType, String notFoundCodePrefix, String noun,
                           BiPredicate<Scope, String> exists) {
}
