package dev.netsim.simulation.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Each routing policy's choice among a name and type's record sets, as Route 53 documents it,
 * over the sets it is given (the engine gives the healthy ones, or all when none is healthy).
 */
final class PolicyChoice {

    static final int MULTIVALUE_ANSWERS = 8;
    private static final String[] GEO_LEVELS = {"the default location", "its continent", "its country", "its subdivision"};

    private PolicyChoice() {
    }

    static List<RecordSet> choose(RoutingPolicy policy, List<RecordSet> sets, ClientLocation location, IpPrefix client,
                                  Map<String, CidrCollectionModel> collections, RandomGenerator random, Consumer<Supplier<String>> explain) {
        return switch (policy) {
            case SIMPLE -> List.of(sets.get(0));
            case WEIGHTED -> List.of(weighted(sets, random, explain));
            case FAILOVER -> List.of(failover(sets, explain));
            case LATENCY -> List.of(latency(sets, location, explain));
            case GEOLOCATION -> geolocation(sets, location, explain);
            case GEOPROXIMITY -> List.of(geoproximity(sets, location, explain));
            case MULTIVALUE -> multivalue(sets, random, explain);
            case IP_BASED -> ipBased(sets, client, collections, explain);
        };
    }

    /** Weight w of Σw among the sets with a weight above 0; when all weigh 0, equally. */
    private static RecordSet weighted(List<RecordSet> sets, RandomGenerator random, Consumer<Supplier<String>> explain) {
        long total = 0;
        for (RecordSet set : sets) {
            total += set.weight();
        }
        if (total == 0) {
            RecordSet pick = sets.get(random.nextInt(sets.size()));
            explain.accept(() -> "Every weight is 0, so Route 53 answers each set equally often: drew '" + pick.setIdentifier() + "'");
            return pick;
        }
        long draw = random.nextLong(total);
        long upTo = 0;
        for (RecordSet set : sets) {
            upTo += set.weight();
            if (draw < upTo) {
                long sum = total;
                explain.accept(() -> "Weighted routing: drew " + draw + " of a total weight of " + sum + " ("
                        + String.join(", ", sets.stream().filter(s -> s.weight() > 0).map(s -> s.setIdentifier() + "=" + s.weight()).toList())
                        + "), so '" + set.setIdentifier() + "' answers"
                        + (sets.stream().anyMatch(s -> s.weight() == 0) ? "; sets of weight 0 answer only when every other is unhealthy" : ""));
                return set;
            }
        }
        throw new IllegalStateException("a draw below the total weight always lands on a set");
    }

    private static RecordSet failover(List<RecordSet> sets, Consumer<Supplier<String>> explain) {
        RecordSet primary = sets.stream().filter(s -> s.failover().equals("PRIMARY")).findFirst().orElse(null);
        if (primary != null) {
            explain.accept(() -> "Failover routing: the primary '" + primary.setIdentifier() + "' answers");
            return primary;
        }
        RecordSet secondary = sets.get(0);
        explain.accept(() -> "Failover routing: the primary is unhealthy, so the secondary '" + secondary.setIdentifier() + "' answers");
        return secondary;
    }

    private static RecordSet latency(List<RecordSet> sets, ClientLocation location, Consumer<Supplier<String>> explain) {
        RecordSet best = sets.stream().min(Comparator.comparingDouble(s -> distance(location, s.region()))).orElseThrow();
        explain.accept(() -> "Latency routing: of the regions " + sets.stream().map(RecordSet::region).toList() + ", " + best.region()
                + " is nearest to the client (" + Math.round(distance(location, best.region())) + " km), so '" + best.setIdentifier() + "' answers");
        return best;
    }

    private static double distance(ClientLocation location, String region) {
        return AwsRegionLocations.location(region).map(location.point()::kilometresTo).orElse(Double.MAX_VALUE);
    }

    /** The most specific location that holds the client: state, then country, then continent, then the default. */
    private static List<RecordSet> geolocation(List<RecordSet> sets, ClientLocation location, Consumer<Supplier<String>> explain) {
        RecordSet best = null;
        int bestRank = -1;
        for (RecordSet set : sets) {
            int rank = geoRank(set.geoLocation(), location);
            if (rank > bestRank) {
                best = set;
                bestRank = rank;
            }
        }
        if (best == null) {
            explain.accept(() -> "Geolocation routing: no record set covers the client's location and there is no default (CountryCode *), "
                    + "so Route 53 answers with no records");
            return List.of();
        }
        RecordSet chosen = best;
        int level = bestRank;
        explain.accept(() -> "Geolocation routing: '" + chosen.setIdentifier() + "' covers " + GEO_LEVELS[level] + ", the most specific match");
        return List.of(chosen);
    }

    /** 3 subdivision, 2 country, 1 continent, 0 default, -1 no match. */
    private static int geoRank(RecordSet.GeoLocation g, ClientLocation c) {
        if (g.isDefault()) {
            return 0;
        }
        if (g.continentCode() != null) {
            return g.continentCode().equals(c.continent()) ? 1 : -1;
        }
        if (!g.countryCode().equals(c.country())) {
            return -1;
        }
        if (g.subdivisionCode() == null) {
            return 2;
        }
        return g.subdivisionCode().equals(c.subdivision()) ? 3 : -1;
    }

    /** The nearest location after bias: a positive bias shrinks the distance (d·(1−b/100)), a negative one grows it (d/(1+b/100)). */
    private static RecordSet geoproximity(List<RecordSet> sets, ClientLocation location, Consumer<Supplier<String>> explain) {
        RecordSet best = null;
        double bestDistance = Double.MAX_VALUE;
        List<String> distances = new ArrayList<>();
        for (RecordSet set : sets) {
            double d = location.point().kilometresTo(point(set.geoProximity()));
            int bias = set.geoProximity().bias() == null ? 0 : set.geoProximity().bias();
            double biased = bias >= 0 ? d * (1 - bias / 100.0) : d / (1 + bias / 100.0);
            distances.add(set.setIdentifier() + " " + Math.round(d) + " km" + (bias == 0 ? "" : " biased " + bias + " to " + Math.round(biased) + " km"));
            if (biased < bestDistance) {
                best = set;
                bestDistance = biased;
            }
        }
        RecordSet chosen = best;
        explain.accept(() -> "Geoproximity routing: " + String.join(", ", distances) + "; '" + chosen.setIdentifier() + "' is nearest");
        return chosen;
    }

    static GeoPoint point(RecordSet.GeoProximity p) {
        if (p.latitude() != null) {
            return new GeoPoint(Double.parseDouble(p.latitude()), Double.parseDouble(p.longitude()));
        }
        String region = p.awsRegion() != null ? p.awsRegion() : parentRegion(p.localZoneGroup());
        return AwsRegionLocations.location(region).orElse(AwsRegionLocations.location("us-east-1").orElseThrow());
    }

    /** A Local Zone group ({@code us-west-2-lax-1}) is near its parent Region ({@code us-west-2}). */
    private static String parentRegion(String localZoneGroup) {
        String[] parts = localZoneGroup.split("-");
        return parts.length >= 3 ? parts[0] + "-" + parts[1] + "-" + parts[2] : localZoneGroup;
    }

    private static List<RecordSet> multivalue(List<RecordSet> sets, RandomGenerator random, Consumer<Supplier<String>> explain) {
        List<RecordSet> shuffled = new ArrayList<>(sets);
        Shuffle.shuffle(shuffled, random);
        List<RecordSet> picked = shuffled.subList(0, Math.min(MULTIVALUE_ANSWERS, shuffled.size()));
        explain.accept(() -> "Multivalue answer routing: " + picked.size() + " of " + sets.size() + " record sets answer (at most "
                + MULTIVALUE_ANSWERS + ", in an order that varies)");
        return List.copyOf(picked);
    }

    /** The location whose block holds the client's prefix most specifically; the default location {@code *} otherwise. */
    private static List<RecordSet> ipBased(List<RecordSet> sets, IpPrefix client, Map<String, CidrCollectionModel> collections,
                                           Consumer<Supplier<String>> explain) {
        RecordSet best = null;
        int bestLength = -1;
        IpPrefix bestBlock = null;
        RecordSet fallback = null;
        for (RecordSet set : sets) {
            RecordSet.CidrRouting routing = set.cidrRouting();
            if (routing.locationName().equals("*")) {
                fallback = set;
                continue;
            }
            CidrCollectionModel collection = collections.get(routing.collectionId());
            List<IpPrefix> blocks = collection == null ? List.of() : collection.locations().getOrDefault(routing.locationName(), List.of());
            for (IpPrefix block : blocks) {
                if (block.contains(client) && block.length() > bestLength) {
                    best = set;
                    bestLength = block.length();
                    bestBlock = block;
                }
            }
        }
        if (best != null) {
            RecordSet chosen = best;
            IpPrefix block = bestBlock;
            explain.accept(() -> "IP-based routing: the client " + client + " is in " + block + " of location '"
                    + chosen.cidrRouting().locationName() + "', so '" + chosen.setIdentifier() + "' answers");
            return List.of(chosen);
        }
        if (fallback != null) {
            RecordSet chosen = fallback;
            explain.accept(() -> "IP-based routing: no block of the collection holds the client " + client + ", so the default location (*) '"
                    + chosen.setIdentifier() + "' answers");
            return List.of(chosen);
        }
        explain.accept(() -> "IP-based routing: no block holds the client " + client + " and there is no default location (*): no answer");
        return List.of();
    }
}
