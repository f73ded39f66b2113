package dev.netsim.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkSnapshots;
import dev.netsim.simulation.network.InstanceNode;
import dev.netsim.simulation.network.NetworkSnapshot;
import dev.netsim.support.NetsimIntegrationTest;

/**
 * Snapshots read while instances are being launched never hold half of a launch (an instance
 * without its interface, or an interface without its instance), and readers at the same version
 * share one snapshot.
 */
class NetworkSnapshotConsistencyTest extends NetsimIntegrationTest {

    @Autowired
    private NetworkSnapshots snapshots;

    @Test
    void snapshotsReadDuringWritesHoldWholeWrites() throws Exception {
        var ec2 = ec2();
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String subnet = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24")).subnet().subnetId();
        Scope scope = new Scope(Scope.DEFAULT_ACCOUNT, Scope.DEFAULT_REGION);
        AtomicBoolean launching = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> halfWrites = new ConcurrentLinkedQueue<>();
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> reads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            reads.add(readers.submit(() -> {
                int snapshotsSeen = 0;
                while (launching.get()) {
                    NetworkSnapshot network = snapshots.current(scope);
                    snapshotsSeen++;
                    for (InstanceNode instance : network.instances()) {
                        if (network.interfacesOf(instance.id()).isEmpty()) {
                            halfWrites.add(instance.id() + " at version " + network.version());
                        }
                    }
                    network.interfaces().stream().filter(e -> e.attachedTo() != null && network.instance(e.attachedTo()).isEmpty())
                            .forEach(e -> halfWrites.add(e.id() + " at version " + network.version()));
                }
                return snapshotsSeen;
            }));
        }
        for (int i = 0; i < 15; i++) {
            ec2.runInstances(r -> r.imageId("ami-0abcdef1234567890").minCount(2).maxCount(2).subnetId(subnet));
        }
        launching.set(false);
        int seen = 0;
        for (Future<Integer> read : reads) {
            seen += read.get();
        }
        readers.shutdown();

        assertThat(halfWrites).isEmpty();
        assertThat(seen).isGreaterThan(15);
        assertThat(snapshots.current(scope).instances()).hasSize(30);
        assertThat(snapshots.current(scope)).isSameAs(snapshots.current(scope));
    }
}
