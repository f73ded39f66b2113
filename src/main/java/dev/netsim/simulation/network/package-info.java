/**
 * The network every simulation engine reads: an immutable snapshot of one account's VPCs in a
 * region (and what its peering links reach), as typed records. Plain Java: nothing here imports
 * Spring, JPA, servlet or AWS SDK types, or the {@code ec2} resource packages that fill it.
 */
package dev.netsim.simulation.network;
