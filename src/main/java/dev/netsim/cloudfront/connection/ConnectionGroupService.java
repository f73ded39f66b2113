package dev.netsim.cloudfront.connection;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.netsim.cloudfront.resource.CloudFrontArns;
import dev.netsim.cloudfront.anycast.AnycastIpListService;
import dev.netsim.cloudfront.anycast.AnycastListUsers;
import dev.netsim.cloudfront.resource.CloudFrontIds;
import dev.netsim.cloudfront.resource.CloudFrontLocks;
import dev.netsim.cloudfront.tag.TaggableResources;
import dev.netsim.common.AwsException;
import dev.netsim.common.IdGenerator;
import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;

/**
 * Connection groups: named per account, each with its own {@code d….cloudfront.net} routing
 * endpoint, IPv6 on or off, and an Anycast IP list of the account when given; changed and deleted
 * with the current ETag, deleted only when disabled. Found by id, ARN or name.
 */
@Service
@Transactional
public class ConnectionGroupService implements AnycastListUsers, TaggableResources {

    static final int MAX_GROUPS = 100;
    static final String DEFAULT_NAME = "default-connection-group";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9-]{1,128}");

    private final ConnectionGroupRepository groups;
    private final ObjectProvider<ConnectionGroupUsers> users;
    private final AnycastIpListService anycastLists;
    private final CloudFrontLocks locks;
    private final CloudFrontIds etags;
    private final IdGenerator ids;
    private final Clock clock;

    ConnectionGroupService(ConnectionGroupRepository groups, ObjectProvider<ConnectionGroupUsers> users, AnycastIpListService anycastLists, CloudFrontLocks locks, CloudFrontIds etags,
                           IdGenerator ids, Clock clock) {
        this.groups = groups;
        this.users = users;
        this.anycastLists = anycastLists;
        this.locks = locks;
        this.etags = etags;
        this.ids = ids;
        this.clock = clock;
    }

    public ConnectionGroup create(Scope scope, String name, Boolean ipv6Enabled, Boolean enabled, String anycastIpListId) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new AwsException("InvalidArgument", "A connection group's name is 1 to 128 letters, digits and hyphens: " + name);
        }
        anycast(scope, anycastIpListId);
        locks.holdReferences();
        if (groups.findByAccountAndName(scope.account(), name).isPresent()) {
            throw new AwsException("EntityAlreadyExists", "A connection group named " + name + " already exists.", 409);
        }
        if (groups.countByAccount(scope.account()) >= MAX_GROUPS) {
            throw new AwsException("EntityLimitExceeded", "You have reached the maximum number of connection groups (" + MAX_GROUPS + ").");
        }
        return groups.save(newGroup(scope, name, !Boolean.FALSE.equals(ipv6Enabled), !Boolean.FALSE.equals(enabled),
                blankToNull(anycastIpListId)));
    }

    private ConnectionGroup newGroup(Scope scope, String name, boolean ipv6Enabled, boolean enabled, String anycastIpListId) {
        ConnectionGroup group = new ConnectionGroup("cg_" + ids.lowerAlnum(22), scope.account(), name, etags.distributionDomain(), clock.instant());
        group.set(ipv6Enabled, enabled, anycastIpListId, etags.etag(), clock.instant());
        return group;
    }

    /**
     * The group a tenant that names none joins: the account's default connection group, which
     * CloudFront makes with the account's first such tenant.
     */
    public ConnectionGroup defaultGroup(Scope scope) {
        locks.holdReferences();
        return groups.findFirstByAccountAndIsDefaultTrue(scope.account()).orElseGet(() -> {
            String name = groups.findByAccountAndName(scope.account(), DEFAULT_NAME).isPresent() ? DEFAULT_NAME + "-" + ids.lowerAlnum(6)
                    : DEFAULT_NAME;
            ConnectionGroup group = newGroup(scope, name, true, true, null);
            group.makeDefault();
            return groups.save(group);
        });
    }

    /** By id, ARN or name, as GetConnectionGroup's Identifier may be. */
    @Transactional(readOnly = true)
    public ConnectionGroup get(Scope scope, String identifier) {
        String id = CloudFrontArns.idOrSelf(identifier, scope.account(), "connection-group");
        return groups.findByIdAndAccount(id, scope.account()).or(() -> groups.findByAccountAndName(scope.account(), identifier))
                .orElseThrow(() -> new AwsException("EntityNotFound", "The connection group " + identifier + " does not exist.", 404));
    }

    @Transactional(readOnly = true)
    public ConnectionGroup byRoutingEndpoint(Scope scope, String endpoint) {
        return groups.findByAccountAndRoutingEndpointIgnoreCase(scope.account(), endpoint == null ? "" : endpoint)
                .orElseThrow(() -> new AwsException("EntityNotFound", "No connection group has the routing endpoint " + endpoint + ".", 404));
    }

    /** Changes what is given. */
    public ConnectionGroup update(Scope scope, String id, String ifMatch, Boolean ipv6Enabled, Boolean enabled, String anycastIpListId) {
        ConnectionGroup group = get(scope, id);
        CloudFrontLocks.checkIfMatch(group.getEtag(), ifMatch);
        anycast(scope, anycastIpListId);
        group.set(ipv6Enabled != null ? ipv6Enabled : group.isIpv6Enabled(), enabled != null ? enabled : group.isEnabled(),
                anycastIpListId != null ? blankToNull(anycastIpListId) : group.getAnycastIpListId(), etags.etag(), clock.instant());
        return group;
    }

    public void delete(Scope scope, String id, String ifMatch) {
        ConnectionGroup group = get(scope, id);
        CloudFrontLocks.checkIfMatch(group.getEtag(), ifMatch);
        if (group.isEnabled()) {
            throw new AwsException("ResourceNotDisabled", "Disable the connection group " + id + " before deleting it.", 409);
        }
        if (users.stream().anyMatch(u -> u.usesConnectionGroup(scope, group.getId()))) {
            throw new AwsException("CannotDeleteEntityWhileInUse", "Distribution tenants use the connection group " + id + ".", 409);
        }
        groups.delete(group);
    }

    /** The account's groups in id order, of one Anycast IP list when given. */
    @Transactional(readOnly = true)
    public Page<ConnectionGroup> list(Scope scope, String anycastIpListId, String marker, int max) {
        List<ConnectionGroup> all = groups.findByAccountOrderById(scope.account()).stream()
                .filter(g -> anycastIpListId == null || anycastIpListId.equals(g.getAnycastIpListId())).toList();
        return Pager.page(all, ConnectionGroup::getId, max, marker, "InvalidArgument");
    }

    @Override
    @Transactional(readOnly = true)
    public boolean servedOn(Scope scope, String anycastIpListId) {
        return groups.findByAccountOrderById(scope.account()).stream().anyMatch(g -> anycastIpListId.equals(g.getAnycastIpListId()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(Scope scope, String arn) {
        String id = CloudFrontArns.idIn(arn, scope.account(), "connection-group");
        return id != null && groups.findByIdAndAccount(id, scope.account()).isPresent();
    }

    private void anycast(Scope scope, String anycastIpListId) {
        if (anycastIpListId != null && !anycastIpListId.isEmpty() && !anycastLists.exists(scope, anycastIpListId)) {
            throw new AwsException("EntityNotFound", "The Anycast IP list " + anycastIpListId + " does not exist.", 404);
        }
    }

    private static String blankToNull(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isEmpty()).orElse(null);
    }
}
