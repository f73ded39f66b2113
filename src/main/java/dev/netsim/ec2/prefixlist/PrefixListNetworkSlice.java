package dev.netsim.ec2.prefixlist;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.network.NetworkAssembly;
import dev.netsim.ec2.network.NetworkSlice;
import dev.netsim.simulation.network.AddressRange;
import dev.netsim.simulation.network.PrefixListNode;

/** The IPv4 prefix lists routes and rules can name: the caller's and AWS's service lists. */
@Component
class PrefixListNetworkSlice implements NetworkSlice {

    private final PrefixListService prefixLists;

    PrefixListNetworkSlice(PrefixListService prefixLists) {
        this.prefixLists = prefixLists;
    }

    @Override
    public void contribute(Scope scope, NetworkAssembly assembly) {
        prefixLists.visible(scope).stream().map(t -> t.resource()).filter(pl -> "IPv4".equals(pl.addressFamily()))
                .forEach(pl -> assembly.network().prefixList(new PrefixListNode(pl.id(), pl.name(),
                        pl.cidrs().stream().map(AddressRange::parse).toList())));
    }
}
