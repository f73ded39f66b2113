package dev.netsim.cloudfront.anycast;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.resource.CloudFrontIds;
import dev.netsim.cloudfront.resource.CloudFrontLocks;
import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;

/**
 * Anycast static IP lists: 3 or 21 IPv4 addresses each, from CloudFront's pool here, none held by
 * two lists (an address is its own row's key), five lists per account, deleted with the current
 * ETag while no distribution uses them. Bring-your-own (IPAM) addresses and IPv6 are not simulated.
 */
@Service
@Transactional
public class AnycastIpListService {

    /** Where the addresses come from: part of CloudFront's 13.32.0.0/15. */
    static final Ipv4Cidr POOL = Ipv4Cidr.parseOrNull("13.33.0.0/16");
    static final int MAX_LISTS = 5;
    private static final Set<Integer> COUNTS = Set.of(3, 21);
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]{1,64}");

    private final AnycastIpListRepository lists;
    private final AnycastIpRepository addresses;
    private final ObjectProvider<AnycastListUsers> users;
    private final CloudFrontLocks locks;
    private final CloudFrontIds etags;
    private final IdGenerator ids;
    private final Clock clock;

    AnycastIpListService(AnycastIpListRepository lists, AnycastIpRepository addresses, ObjectProvider<AnycastListUsers> users, CloudFrontLocks locks,
                         CloudFrontIds etags, IdGenerator ids, Clock clock) {
        this.lists = lists;
        this.addresses = addresses;
        this.users = users;
        this.locks = locks;
        this.etags = etags;
        this.ids = ids;
        this.clock = clock;
    }

    public AnycastIpList create(Scope scope, String name, Integer ipCount, String ipAddressType, boolean ipam) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AwsException("InvalidArgument", "An Anycast IP list's name is 1 to 64 letters, digits and hyphens: " + name);
        }
        if (ipCount == null || !COUNTS.contains(ipCount)) {
            throw new AwsException("InvalidArgument", "An Anycast IP list holds 3 or 21 addresses, not " + ipCount + ".");
        }
        supported(ipAddressType, ipam);
        locks.holdReferences();
        if (lists.existsByAccountAndName(scope.account(), name)) {
            throw new AwsException("EntityAlreadyExists", "An Anycast IP list named " + name + " already exists.", 409);
        }
        if (lists.countByAccount(scope.account()) >= MAX_LISTS) {
            throw new AwsException("EntityLimitExceeded", "You have reached the maximum number of Anycast IP lists (" + MAX_LISTS + ").");
        }
        AnycastIpList list = lists.save(new AnycastIpList("aip_" + ids.lowerAlnum(22), scope.account(), name, ipCount, etags.etag(),
                clock.instant()));
        Set<String> taken = new HashSet<>(addresses.allAddresses());
        List<AnycastIp> held = new ArrayList<>();
        for (long offset = 1; offset < POOL.size() - 1 && held.size() < ipCount; offset++) {
            String candidate = POOL.addressAt(offset);
            if (!taken.contains(candidate)) {
                held.add(new AnycastIp(candidate, list.getId()));
            }
        }
        if (held.size() < ipCount) {
            throw new AwsException("EntityLimitExceeded", "CloudFront's anycast pool " + POOL + " has no " + ipCount + " free addresses left.");
        }
        addresses.saveAll(held);
        return list;
    }

    @Transactional(readOnly = true)
    public AnycastIpList get(Scope scope, String id) {
        return lists.findByIdAndAccount(id, scope.account())
                .orElseThrow(() -> new AwsException("EntityNotFound", "The Anycast IP list " + id + " does not exist.", 404));
    }

    @Transactional(readOnly = true)
    public List<String> addressesOf(AnycastIpList list) {
        return addresses.addressesOf(list.getId());
    }

    public AnycastIpList update(Scope scope, String id, String ifMatch, String ipAddressType) {
        AnycastIpList list = get(scope, id);
        CloudFrontLocks.checkIfMatch(list.getEtag(), ifMatch);
        supported(ipAddressType, false);
        list.touched(etags.etag(), clock.instant());
        return list;
    }

    public void delete(Scope scope, String id, String ifMatch) {
        AnycastIpList list = get(scope, id);
        CloudFrontLocks.checkIfMatch(list.getEtag(), ifMatch);
        if (users.stream().anyMatch(u -> u.servedOn(scope, list.getId()))) {
            throw new AwsException("CannotDeleteEntityWhileInUse", "The Anycast IP list " + id + " is used by a distribution.", 409);
        }
        lists.delete(list);
    }

    @Transactional(readOnly = true)
    public Page<AnycastIpList> list(Scope scope, String marker, int max) {
        return Pager.page(lists.findByAccountOrderById(scope.account()), AnycastIpList::getId, max, marker,
                "InvalidArgument");
    }

    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String id) {
        return lists.findByIdAndAccount(id, scope.account()).isPresent();
    }

    private static void supported(String ipAddressType, boolean ipam) {
        if ((ipAddressType != null && !ipAddressType.equals("ipv4")) || ipam) {
            throw new AwsException("UnsupportedOperation", "Netsim allocates IPv4 anycast addresses from CloudFront's pool only: IPv6, dual-stack "
                    + "and IPAM (bring-your-own) addresses are not simulated.");
        }
    }
}
