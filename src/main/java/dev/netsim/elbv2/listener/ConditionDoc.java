package dev.netsim.elbv2.listener;

import java.util.List;

/** A rule condition as stored: its field, its values, and for http-header the header name, for query-string the pairs. */
public record ConditionDoc(String field, List<String> values, String httpHeaderName, List<QueryPair> queryPairs) {

    public record QueryPair(String key, String value) {
    }
}
