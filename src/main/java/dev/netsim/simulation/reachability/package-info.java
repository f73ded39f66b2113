/**
 * Reachability analysis in the manner of AWS Reachability Analyzer: a path's packets traced hop by
 * hop over a {@link dev.netsim.simulation.network.NetworkSnapshot}, forward and back, with the rule,
 * route or translation each hop applied and, when blocked, AWS's explanation codes. Pure Java and
 * deterministic: the same snapshot and query give the same answer.
 */
package dev.netsim.simulation.reachability;
