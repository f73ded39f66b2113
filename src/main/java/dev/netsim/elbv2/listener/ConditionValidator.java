package dev.netsim.elbv2.listener;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.netsim.elbv2.ElbErrors;
import dev.netsim.elbv2.ElbQuotas;
import inet.ipaddr.IPAddressString;

/**
 * Rule conditions as AWS checks them: at least one; at most one each of host-header, path-pattern,
 * http-request-method and source-ip; values 1-128 characters; at most 5 values and 5 wildcards in a
 * rule; methods without wildcards; source IPs as CIDR blocks.
 */
final class ConditionValidator {

    private static final Set<String> FIELDS = Set.of("host-header", "path-pattern", "http-header", "http-request-method", "query-string",
            "source-ip");
    private static final Set<String> ONCE = Set.of("host-header", "path-pattern", "http-request-method", "source-ip");
    static final int MAX_VALUES_PER_RULE = ElbQuotas.CONDITION_VALUES_PER_RULE;
    static final int MAX_WILDCARDS_PER_RULE = ElbQuotas.CONDITION_WILDCARDS_PER_RULE;

    private ConditionValidator() {
    }

    static List<ConditionDoc> validate(List<ConditionDoc> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            throw ElbErrors.validation("A rule must have at least one condition");
        }
        Set<String> seen = new HashSet<>();
        int values = 0;
        int wildcards = 0;
        List<ConditionDoc> checked = new ArrayList<>();
        for (ConditionDoc c : conditions) {
            if (c.field() == null || !FIELDS.contains(c.field())) {
                throw ElbErrors.invalid("field", c.field(), "Member must satisfy enum value set: " + FIELDS);
            }
            if (ONCE.contains(c.field()) && !seen.add(c.field())) {
                throw ElbErrors.validation("A rule can have only one '" + c.field() + "' condition");
            }
            List<String> texts = c.field().equals("query-string")
                    ? (c.queryPairs() == null ? List.of() : c.queryPairs().stream().map(p -> (p.key() == null ? "" : p.key()) + p.value()).toList())
                    : (c.values() == null ? List.of() : c.values());
            if (texts.isEmpty()) {
                throw ElbErrors.validation("A '" + c.field() + "' condition must have at least one value");
            }
            if (c.field().equals("http-header") && (c.httpHeaderName() == null || c.httpHeaderName().isEmpty()
                    || c.httpHeaderName().length() > 40)) {
                throw ElbErrors.validation("An 'http-header' condition needs a header name of 1 to 40 characters");
            }
            if (c.field().equals("query-string") && c.queryPairs().stream().anyMatch(p -> p.value() == null || p.value().isEmpty())) {
                throw ElbErrors.validation("Each key/value pair of a 'query-string' condition needs a value");
            }
            for (String v : texts) {
                if (v == null || v.isEmpty() || v.length() > 128) {
                    throw ElbErrors.validation("Condition values must be 1 to 128 characters: '" + v + "'");
                }
                if (c.field().equals("http-request-method") && !v.matches("[A-Za-z-_]+")) {
                    throw ElbErrors.validation("Method '" + v + "' may contain only letters, '-' and '_'");
                }
                if (c.field().equals("source-ip") && !isCidr(v)) {
                    throw ElbErrors.validation("'" + v + "' is not a valid CIDR block for a source-ip condition");
                }
                if (!c.field().equals("source-ip") && !c.field().equals("http-request-method")) {
                    wildcards += (int) v.chars().filter(ch -> ch == '*' || ch == '?').count();
                }
            }
            values += texts.size();
            checked.add(c);
        }
        if (values > MAX_VALUES_PER_RULE) {
            throw new dev.netsim.common.AwsException("TooManyConditionValues", "A rule can have at most " + MAX_VALUES_PER_RULE
                    + " condition values; this one has " + values);
        }
        if (wildcards > MAX_WILDCARDS_PER_RULE) {
            throw ElbErrors.validation("A rule can have at most " + MAX_WILDCARDS_PER_RULE + " wildcards; this one has " + wildcards);
        }
        return checked;
    }

    private static boolean isCidr(String value) {
        var address = new IPAddressString(value).getAddress();
        return value.contains("/") && address != null && !value.equals("255.255.255.255/32");
    }
}
