package dev.netsim.simulation.loadbalancing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.netsim.simulation.text.WildcardPattern;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * One condition of an ALB listener rule. A condition's values are OR-ed; a rule's conditions are
 * AND-ed. Host names, header names and values and query strings compare case-insensitively, paths
 * and methods case-sensitively; {@code *} and {@code ?} are wildcards except in methods and CIDRs.
 * Patterns are compiled once, when the condition is built.
 */
public sealed interface RuleCondition {

    /** The condition's field as the API names it ({@code path-pattern}). */
    String field();

    /** The condition in the console's words: {@code path-pattern is /orders/*}. */
    String describe();

    boolean matches(RequestView request);

    static RuleCondition hostHeader(List<String> values) {
        return new Wildcards("host-header", null, values, true);
    }

    static RuleCondition pathPattern(List<String> values) {
        return new Wildcards("path-pattern", null, values, false);
    }

    static RuleCondition httpHeader(String name, List<String> values) {
        return new Wildcards("http-header", name, values, true);
    }

    static RuleCondition httpRequestMethod(List<String> values) {
        return new Methods(List.copyOf(values));
    }

    static RuleCondition queryString(List<QueryPair> pairs) {
        return new QueryString(List.copyOf(pairs));
    }

    static RuleCondition sourceIp(List<String> cidrs) {
        return new SourceIp(List.copyOf(cidrs));
    }

    /** A key-value pair of a query-string condition; a null key matches any key. */
    record QueryPair(String key, String value) {
    }

    /** host-header, path-pattern and http-header: wildcard values against one text of the request. */
    final class Wildcards implements RuleCondition {
        private final String field;
        private final String headerName;
        private final List<String> values;
        private final WildcardPattern[] patterns;

        private Wildcards(String field, String headerName, List<String> values, boolean ignoreCase) {
            this.field = field;
            this.headerName = headerName == null ? null : headerName.toLowerCase(Locale.ROOT);
            this.values = List.copyOf(values);
            this.patterns = values.stream().map(v -> WildcardPattern.of(ignoreCase ? v.toLowerCase(Locale.ROOT) : v))
                    .toArray(WildcardPattern[]::new);
        }

        public String field() {
            return field;
        }

        public boolean matches(RequestView request) {
            String text = switch (field) {
                case "host-header" -> request.host;
                case "path-pattern" -> request.request.path();
                default -> lowerOrNull(request.header(headerName));
            };
            if (text == null) {
                return false;
            }
            for (WildcardPattern pattern : patterns) {
                if (pattern.matches(text)) {
                    return true;
                }
            }
            return false;
        }

        public String describe() {
            return field + (headerName == null ? "" : " " + headerName) + " is " + String.join(" or ", values);
        }
    }

    final class Methods implements RuleCondition {
        private final List<String> values;

        private Methods(List<String> values) {
            this.values = values;
        }

        public String field() {
            return "http-request-method";
        }

        public boolean matches(RequestView request) {
            return values.contains(request.request.method());
        }

        public String describe() {
            return "http-request-method is " + String.join(" or ", values);
        }
    }

    final class QueryString implements RuleCondition {
        private final List<QueryPair> pairs;
        private final List<WildcardPattern> keys;
        private final List<WildcardPattern> patterns;

        private QueryString(List<QueryPair> pairs) {
            this.pairs = pairs;
            this.keys = pairs.stream().map(p -> p.key() == null ? null : WildcardPattern.of(p.key().toLowerCase(Locale.ROOT))).toList();
            this.patterns = pairs.stream().map(p -> WildcardPattern.of(p.value().toLowerCase(Locale.ROOT))).toList();
        }

        public String field() {
            return "query-string";
        }

        public boolean matches(RequestView request) {
            for (int i = 0; i < pairs.size(); i++) {
                WildcardPattern key = keys.get(i);
                WildcardPattern value = patterns.get(i);
                for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
                    if ((key == null || key.matches(parameter.getKey())) && parameter.getValue().stream().anyMatch(value::matches)) {
                        return true;
                    }
                }
            }
            return false;
        }

        public String describe() {
            return "query-string is " + String.join(" or ", pairs.stream()
                    .map(p -> (p.key() == null ? "" : p.key() + "=") + p.value()).toList());
        }
    }

    final class SourceIp implements RuleCondition {
        private final List<String> cidrs;
        private final List<IPAddress> blocks;

        private SourceIp(List<String> cidrs) {
            this.cidrs = cidrs;
            this.blocks = cidrs.stream().map(c -> {
                IPAddress block = new IPAddressString(c).getAddress();
                if (block == null) {
                    throw new IllegalArgumentException("not a CIDR block: " + c);
                }
                return block.toPrefixBlock();
            }).toList();
        }

        public String field() {
            return "source-ip";
        }

        public boolean matches(RequestView request) {
            IPAddress source = request.source();
            return source != null && blocks.stream().anyMatch(b -> b.getIPVersion() == source.getIPVersion() && b.contains(source));
        }

        public String describe() {
            return "source-ip is " + String.join(" or ", cidrs);
        }
    }

    private static String lowerOrNull(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
