package dev.netsim.cloudfront.resource;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.netsim.cloudfront.tag.CloudFrontTagActions;
import dev.netsim.cloudfront.tag.CloudFrontTagService;
import dev.netsim.common.Scope;
import dev.netsim.protocol.ModelDrivenActions;
import dev.netsim.protocol.SdkShapes;
import dev.netsim.protocol.WireService;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallLocation;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.services.cloudfront.model.Tags;

/**
 * The six operations of every {@link ConfigKind}, answered from the SDK model's shapes: the
 * request's config member in, the kind's resource shape ({@code Id}, {@code LastModifiedTime} or
 * {@code CreatedTime}, the config) with the {@code ETag} and {@code Location} headers out, and list
 * summaries filled member by member from the resource and its config.
 */
@Component
class ConfigResourceActions implements ModelDrivenActions {

    private static final String LOCATION = "https://cloudfront.amazonaws.com/2020-05-31/";
    private static final String WITH_TAGS = "CreateStreamingDistributionWithTags";

    private final ConfigResourceService resources;
    private final ObjectProvider<ConfigExtras> extras;
    private final CloudFrontTagService tags;

    ConfigResourceActions(ConfigResourceService resources, ObjectProvider<ConfigExtras> extras, CloudFrontTagService tags) {
        this.resources = resources;
        this.extras = extras;
        this.tags = tags;
    }

    @Override
    public WireService service() {
        return WireService.CLOUDFRONT;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Class<? extends SdkPojo>> operations() {
        Map<String, Class<? extends SdkPojo>> operations = new LinkedHashMap<>();
        for (ConfigKind kind : ConfigKinds.ALL) {
            for (String operation : kind.operations()) {
                operations.put(operation, (Class<? extends SdkPojo>) modelClass(operation + "Request"));
            }
        }
        operations.put(WITH_TAGS, (Class<? extends SdkPojo>) modelClass(WITH_TAGS + "Request"));
        return operations;
    }

    @Override
    public SdkPojo handle(String operation, SdkPojo request, Scope scope) {
        if (operation.equals(WITH_TAGS)) {
            return createWithTags(request, scope);
        }
        ConfigKind kind = ConfigKinds.ofOperation(operation).orElseThrow();
        SdkPojo response = SdkShapes.builderOf(modelClass(operation + "Response"));
        String id = (String) SdkShapes.get(request, "Id");
        String ifMatch = (String) SdkShapes.get(request, "IfMatch");
        SdkPojo config = (SdkPojo) SdkShapes.get(request, kind.configShape());
        if (operation.equals(kind.create())) {
            ConfigResourceService.Stored created = resources.create(scope, kind, config);
            SdkShapes.set(response, "Location", LOCATION + kind.uri() + "/" + created.id());
            return resource(response, created, extrasOf(scope, created));
        }
        if (operation.equals(kind.get())) {
            ConfigResourceService.Stored stored = resources.get(scope, kind, id);
            return resource(response, stored, extrasOf(scope, stored));
        }
        if (operation.equals(kind.getConfig())) {
            ConfigResourceService.Stored stored = resources.get(scope, kind, id);
            SdkShapes.set(response, kind.configShape(), stored.config());
            SdkShapes.set(response, "ETag", stored.etag());
            return SdkShapes.build(response);
        }
        if (operation.equals(kind.update())) {
            ConfigResourceService.Stored updated = resources.update(scope, kind, id, ifMatch, config);
            return resource(response, updated, extrasOf(scope, updated));
        }
        if (operation.equals(kind.delete())) {
            ConfigResourceService.Stored gone = resources.get(scope, kind, id);
            resources.delete(scope, kind, id, ifMatch);
            Object arn = extrasOf(scope, gone).get("ARN");
            if (arn != null) {
                tags.resourceDeleted((String) arn); // a taggable kind's tags go with it
            }
            // a kind whose deletion answers the resource (VpcOrigin) gets it as it was
            return response.sdkFields().stream().anyMatch(f -> f.location() == MarshallLocation.PAYLOAD)
                    ? resource(response, gone, extrasOf(scope, gone)) : SdkShapes.build(response);
        }
        ConfigResourceService.Page page = resources.list(scope, kind, (String) SdkShapes.get(request, "Type"),
                (String) SdkShapes.get(request, "Marker"), (String) SdkShapes.get(request, "MaxItems"));
        return list(response, page, (String) SdkShapes.get(request, "Marker"), stored -> extrasOf(scope, stored));
    }

    /** CreateStreamingDistributionWithTags: the config and the tags arrive together; the distribution is made, then tagged. */
    private SdkPojo createWithTags(SdkPojo request, Scope scope) {
        ConfigKind kind = ConfigKinds.STREAMING_DISTRIBUTION;
        SdkPojo withTags = (SdkPojo) SdkShapes.get(request, kind.configShape() + "WithTags");
        if (withTags == null) {
            throw new dev.netsim.common.AwsException("MissingBody", "The request has no " + kind.configShape() + "WithTags.");
        }
        ConfigResourceService.Stored created = resources.create(scope, kind, (SdkPojo) SdkShapes.get(withTags, kind.configShape()));
        Map<String, Object> members = extrasOf(scope, created);
        tags.tag(scope, (String) members.get("ARN"), CloudFrontTagActions.asMap((Tags) SdkShapes.get(withTags, "Tags")));
        SdkPojo response = SdkShapes.builderOf(modelClass(WITH_TAGS + "Response"));
        SdkShapes.set(response, "Location", LOCATION + kind.uri() + "/" + created.id());
        return resource(response, created, members);
    }

    private Map<String, Object> extrasOf(Scope scope, ConfigResourceService.Stored stored) {
        Map<String, Object> members = new LinkedHashMap<>();
        extras.stream().filter(e -> e.kind().equals(stored.kind())).forEach(e -> members.putAll(e.members(scope.account(), stored)));
        return members;
    }

    /** A response carrying the resource shape and its ETag. */
    private static SdkPojo resource(SdkPojo response, ConfigResourceService.Stored stored, Map<String, Object> extra) {
        SdkField<?> payload = payloadField(response);
        payload.set(response, resourceShape(payload, stored, extra));
        SdkShapes.set(response, "ETag", stored.etag());
        return SdkShapes.build(response);
    }

    private static SdkPojo resourceShape(SdkField<?> field, ConfigResourceService.Stored stored, Map<String, Object> extra) {
        SdkPojo resource = SdkShapes.builderOf(field);
        extra.forEach((member, value) -> SdkShapes.set(resource, member, value));
        SdkShapes.set(resource, "Id", stored.id());
        SdkShapes.set(resource, "LastModifiedTime", stored.lastModified());
        SdkShapes.set(resource, "CreatedTime", stored.created());
        SdkShapes.set(resource, "S3CanonicalUserId", canonicalUserId(stored.id()));
        SdkShapes.set(resource, stored.kind().configShape(), stored.config());
        return SdkShapes.build(resource);
    }

    /** An origin access identity's S3 canonical user: 64 hex digits, the same for the same identity. */
    private static String canonicalUserId(String id) {
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256").digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return HexFormat.of().formatHex(digest);
    }

    private static SdkPojo list(SdkPojo response, ConfigResourceService.Page page, String marker,
                                java.util.function.Function<ConfigResourceService.Stored, Map<String, Object>> extra) {
        SdkField<?> payload = payloadField(response);
        SdkPojo list = SdkShapes.builderOf(payload);
        SdkShapes.set(list, "Marker", marker == null ? "" : marker);
        SdkShapes.set(list, "NextMarker", page.nextMarker());
        SdkShapes.set(list, "MaxItems", page.maxItems());
        SdkShapes.set(list, "IsTruncated", page.nextMarker() != null);
        SdkShapes.set(list, "Quantity", page.items().size());
        SdkField<?> items = SdkShapes.field(list, "Items").orElseThrow();
        SdkField<?> summaryField = items.getTrait(ListTrait.class).memberFieldInfo();
        if (!page.items().isEmpty()) { // AWS leaves Items out of an empty list
            items.set(list, page.items().stream().map(stored -> summary(summaryField, stored, extra.apply(stored))).toList());
        }
        payload.set(response, SdkShapes.build(list));
        return SdkShapes.build(response);
    }

    /** A summary's members come from the resource (the whole of it, or its id and times) and from its config, by name. */
    private static SdkPojo summary(SdkField<?> summaryField, ConfigResourceService.Stored stored, Map<String, Object> extra) {
        SdkPojo summary = SdkShapes.builderOf(summaryField);
        for (SdkField<?> field : summary.sdkFields()) {
            String member = field.memberName();
            if (extra.containsKey(member)) {
                field.set(summary, extra.get(member));
            } else if (member.equals(stored.kind().name())) {
                field.set(summary, resourceShape(field, stored, extra));
            } else if (member.equals("Type")) {
                field.set(summary, stored.managed() ? "managed" : "custom");
            } else if (member.equals("Id")) {
                field.set(summary, stored.id());
            } else if (member.equals("LastModifiedTime")) {
                field.set(summary, stored.lastModified());
            } else if (member.equals("CreatedTime")) {
                field.set(summary, stored.created());
            } else if (member.equals("S3CanonicalUserId")) {
                field.set(summary, canonicalUserId(stored.id()));
            } else {
                field.set(summary, SdkShapes.get(stored.config(), member));
            }
        }
        return SdkShapes.build(summary);
    }

    private static SdkField<?> payloadField(SdkPojo response) {
        List<SdkField<?>> body = response.sdkFields().stream().filter(f -> f.location() == MarshallLocation.PAYLOAD).toList();
        return body.get(0);
    }

    private static Class<?> modelClass(String name) {
        try {
            return Class.forName(ConfigResourceService.MODEL_PACKAGE + name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the SDK has no " + name, e);
        }
    }
}
