package dev.netsim.simulation.reachability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netsim.simulation.network.Direction;
import dev.netsim.simulation.network.NetworkSnapshot;
import dev.netsim.simulation.network.RuleAction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/** Invariants of the engine on generated networks (each seed is one network and one question). */
class ReachabilityProperties {

    private final ReachabilityAnalyzer analyzer = new ReachabilityAnalyzer();

    @Property(tries = 300)
    void addingASecurityGroupRuleNeverBreaksAReachablePath(@ForAll long seed) {
        GeneratedNetwork g = GeneratedNetwork.generate(seed, GeneratedNetwork.Size.SMALL);
        ReachabilityQuery query = g.randomQuery();
        boolean before = analyzer.analyze(g.network.build(), query).pathFound();

        // not vacuous: enough of the generated questions have a path to break
        Statistics.collect(before);
        Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
        g.addRandomRule(g.groups.get(g.random().nextInt(g.groups.size())), g.random().nextBoolean() ? Direction.INGRESS : Direction.EGRESS);

        if (before) {
            assertThat(analyzer.analyze(g.network.build(), query).pathFound()).isTrue();
        }
    }

    @Property(tries = 300)
    void addingAnAclAllowEntryNeverBreaksAReachablePath(@ForAll long seed) {
        GeneratedNetwork g = GeneratedNetwork.generate(seed, GeneratedNetwork.Size.SMALL);
        ReachabilityQuery query = g.randomQuery();
        boolean before = analyzer.analyze(g.network.build(), query).pathFound();

        g.addRandomAclEntry(g.acls.get(g.random().nextInt(g.acls.size())), 5, RuleAction.ALLOW);

        if (before) {
            assertThat(analyzer.analyze(g.network.build(), query).pathFound()).isTrue();
        }
    }

    @Property(tries = 300)
    void aDenyEntryNumberedBelowTheAllowsNeverMakesAPathReachable(@ForAll long seed) {
        GeneratedNetwork g = GeneratedNetwork.generate(seed, GeneratedNetwork.Size.SMALL);
        ReachabilityQuery query = g.randomQuery();
        boolean before = analyzer.analyze(g.network.build(), query).pathFound();

        Statistics.collect(before);
        Statistics.coverage(coverage -> coverage.check(false).percentage(p -> p >= 10));
        g.addRandomAclEntry(g.acls.get(g.random().nextInt(g.acls.size())), 5, RuleAction.DENY);

        if (!before) {
            assertThat(analyzer.analyze(g.network.build(), query).pathFound()).isFalse();
        }
    }

    @Property(tries = 300)
    void creationOrderNeverChangesTheAnswer(@ForAll long seed) {
        GeneratedNetwork g = GeneratedNetwork.generate(seed, GeneratedNetwork.Size.SMALL);
        ReachabilityQuery query = g.randomQuery();
        NetworkSnapshot inOrder = g.network.build();
        NetworkSnapshot reversed = g.network.buildReversed();

        assertThat(analyzer.analyze(reversed, query)).isEqualTo(analyzer.analyze(inOrder, query));
    }

    @Property(tries = 300)
    void aFoundPathAlwaysHasAReturnPathAndNoExplanation(@ForAll long seed) {
        GeneratedNetwork g = GeneratedNetwork.generate(seed, GeneratedNetwork.Size.SMALL);
        ReachabilityResult result = analyzer.analyze(g.network.build(), g.randomQuery());

        if (result.pathFound()) {
            assertThat(result.returnPath()).isNotEmpty();
            assertThat(result.explanations()).isEmpty();
        } else {
            assertThat(result.explanations()).isNotEmpty();
        }
        for (int i = 0; i < result.forwardPath().size(); i++) {
            assertThat(result.forwardPath().get(i).sequenceNumber()).isEqualTo(i + 1);
        }
    }
}
