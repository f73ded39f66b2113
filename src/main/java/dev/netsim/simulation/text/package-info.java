/**
 * Text matching the AWS APIs share: the {@code *}/{@code ?} wildcards of Describe filters and of
 * load balancer listener-rule conditions.
 */
package dev.netsim.simulation.text;
