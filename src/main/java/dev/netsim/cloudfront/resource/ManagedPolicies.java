package dev.netsim.cloudfront.resource;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * AWS's managed cache and origin request policies, with their real ids and settings
 * ({@code cloudfront/managed-policies.json}, from AWS's pages on the managed policies): every
 * account sees them, lists them as {@code managed}, and can neither change nor delete them.
 */
@Component
public class ManagedPolicies {

    /** When AWS's managed policies appeared; they have not changed since, as far as their API shows. */
    private static final Instant PUBLISHED = Instant.parse("2020-07-22T00:00:00Z");

    private record Entry(String kind, String id, String config) {
    }

    private final List<ConfigResourceService.Stored> policies = new ArrayList<>();

    ManagedPolicies() {
        try (InputStream in = ManagedPolicies.class.getResourceAsStream("/cloudfront/managed-policies.json")) {
            List<Entry> entries = JsonMapper.builder().build().readValue(in, new TypeReference<List<Entry>>() { });
            for (Entry e : entries) {
                ConfigKind kind = ConfigKinds.ALL.stream().filter(k -> k.name().equals(e.kind())).findFirst().orElseThrow();
                // a fixed ETag per policy: it never changes, so the one a client read stays current
                String etag = "E" + Integer.toHexString(e.id().hashCode()).toUpperCase(java.util.Locale.ROOT);
                policies.add(new ConfigResourceService.Stored(kind, e.id(), etag, PUBLISHED, PUBLISHED, ConfigResourceService.readConfig(kind,
                        e.config()), true));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cloudfront/managed-policies.json is unreadable", e);
        }
        policies.sort(Comparator.comparing(ConfigResourceService.Stored::id));
    }

    public List<ConfigResourceService.Stored> of(ConfigKind kind) {
        return policies.stream().filter(p -> p.kind().equals(kind)).toList();
    }

    public Optional<ConfigResourceService.Stored> find(ConfigKind kind, String id) {
        return policies.stream().filter(p -> p.kind().equals(kind) && p.id().equals(id)).findFirst();
    }
}
