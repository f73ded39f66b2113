package dev.netsim.ec2.prefixlist;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.paging.Page;
import dev.netsim.ec2.tag.Tagged;
import dev.netsim.ec2.wire.Ec2Wire;
import dev.netsim.protocol.AwsAction;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.services.ec2.model.AddPrefixListEntry;
import software.amazon.awssdk.services.ec2.model.CreateManagedPrefixListRequest;
import software.amazon.awssdk.services.ec2.model.CreateManagedPrefixListResponse;
import software.amazon.awssdk.services.ec2.model.DeleteManagedPrefixListRequest;
import software.amazon.awssdk.services.ec2.model.DeleteManagedPrefixListResponse;
import software.amazon.awssdk.services.ec2.model.DescribeManagedPrefixListsRequest;
import software.amazon.awssdk.services.ec2.model.DescribeManagedPrefixListsResponse;
import software.amazon.awssdk.services.ec2.model.DescribePrefixListsRequest;
import software.amazon.awssdk.services.ec2.model.DescribePrefixListsResponse;
import software.amazon.awssdk.services.ec2.model.GetManagedPrefixListEntriesRequest;
import software.amazon.awssdk.services.ec2.model.GetManagedPrefixListEntriesResponse;
import software.amazon.awssdk.services.ec2.model.ModifyManagedPrefixListRequest;
import software.amazon.awssdk.services.ec2.model.ModifyManagedPrefixListResponse;
import software.amazon.awssdk.services.ec2.model.PrefixList;
import software.amazon.awssdk.services.ec2.model.RemovePrefixListEntry;
import software.amazon.awssdk.services.ec2.model.RestoreManagedPrefixListVersionRequest;
import software.amazon.awssdk.services.ec2.model.RestoreManagedPrefixListVersionResponse;

/** EC2 wire handlers for managed prefix lists and the AWS service prefix lists. */
@Component
class PrefixListActions {

    private final PrefixListService prefixLists;

    PrefixListActions(PrefixListService prefixLists) {
        this.prefixLists = prefixLists;
    }

    @AwsAction(WireService.EC2)
    CreateManagedPrefixListResponse createManagedPrefixList(CreateManagedPrefixListRequest r, Scope scope) {
        Tagged<PrefixListInfo> list = prefixLists.create(scope, r.prefixListName(), r.addressFamily(), r.maxEntries(), entries(r.entries()),
                r.clientToken(), Ec2Wire.tagsFor(r.tagSpecifications(), "prefix-list"));
        return CreateManagedPrefixListResponse.builder().prefixList(toSdk(list)).build();
    }

    @AwsAction(WireService.EC2)
    ModifyManagedPrefixListResponse modifyManagedPrefixList(ModifyManagedPrefixListRequest r, Scope scope) {
        Tagged<PrefixListInfo> list = prefixLists.modify(scope, r.prefixListId(), r.currentVersion(), r.prefixListName(), entries(r.addEntries()),
                r.removeEntries().stream().map(RemovePrefixListEntry::cidr).toList(), r.maxEntries());
        return ModifyManagedPrefixListResponse.builder().prefixList(toSdk(list)).build();
    }

    @AwsAction(WireService.EC2)
    RestoreManagedPrefixListVersionResponse restoreManagedPrefixListVersion(RestoreManagedPrefixListVersionRequest r, Scope scope) {
        Tagged<PrefixListInfo> list = prefixLists.restore(scope, r.prefixListId(), r.previousVersion(), r.currentVersion());
        return RestoreManagedPrefixListVersionResponse.builder().prefixList(toSdk(list)).build();
    }

    @AwsAction(WireService.EC2)
    DeleteManagedPrefixListResponse deleteManagedPrefixList(DeleteManagedPrefixListRequest r, Scope scope) {
        Tagged<PrefixListInfo> list = prefixLists.delete(scope, r.prefixListId());
        return DeleteManagedPrefixListResponse.builder().prefixList(toSdk(list).toBuilder().state("delete-in-progress").build()).build();
    }

    @AwsAction(WireService.EC2)
    DescribeManagedPrefixListsResponse describeManagedPrefixLists(DescribeManagedPrefixListsRequest r, Scope scope) {
        Page<Tagged<PrefixListInfo>> page = prefixLists.describeManaged(scope,
                Ec2Wire.query(r.prefixListIds(), r.filters(), r.maxResults(), r.nextToken()));
        return DescribeManagedPrefixListsResponse.builder().prefixLists(page.items().stream().map(PrefixListActions::toSdk).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    DescribePrefixListsResponse describePrefixLists(DescribePrefixListsRequest r, Scope scope) {
        Page<Tagged<PrefixListInfo>> page = prefixLists.describeAwsService(scope,
                Ec2Wire.query(r.prefixListIds(), r.filters(), r.maxResults(), r.nextToken()));
        return DescribePrefixListsResponse.builder().prefixLists(page.items().stream().map(t -> PrefixList.builder()
                .prefixListId(t.resource().id()).prefixListName(t.resource().name()).cidrs(t.resource().cidrs()).build()).toList())
                .nextToken(page.nextToken()).build();
    }

    @AwsAction(WireService.EC2)
    GetManagedPrefixListEntriesResponse getManagedPrefixListEntries(GetManagedPrefixListEntriesRequest r, Scope scope) {
        Page<PrefixListEntry> page = prefixLists.entries(scope, r.prefixListId(), r.targetVersion(), r.maxResults(), r.nextToken());
        return GetManagedPrefixListEntriesResponse.builder().entries(page.items().stream().map(e -> software.amazon.awssdk.services.ec2.model.PrefixListEntry
                .builder().cidr(e.getCidr()).description(e.getDescription()).build()).toList()).nextToken(page.nextToken()).build();
    }

    private static List<PrefixListService.EntryInput> entries(List<AddPrefixListEntry> entries) {
        return entries.stream().map(e -> new PrefixListService.EntryInput(e.cidr(), e.description())).toList();
    }

    static software.amazon.awssdk.services.ec2.model.ManagedPrefixList toSdk(Tagged<PrefixListInfo> tagged) {
        PrefixListInfo list = tagged.resource();
        return software.amazon.awssdk.services.ec2.model.ManagedPrefixList.builder()
                .prefixListId(list.id()).prefixListName(list.name()).addressFamily(list.addressFamily()).ownerId(list.ownerId())
                .maxEntries(list.maxEntries()).version(list.version()).state(list.state()).prefixListArn(list.arn())
                .tags(Ec2Wire.tags(tagged.tags())).build();
    }
}
