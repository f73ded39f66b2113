package dev.netsim.simulation.dns;

import java.util.List;

import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * The answer to a DNS question and why: the response code, the answer and authority records, the
 * zone and policy that decided, the record sets chosen, and the sentences that explain each step
 * (location, health, weights drawn, chains followed).
 */
public record DnsAnswer(String responseCode, boolean authoritative, List<Record> answer, List<Record> authority, String zoneId,
                        String policy, List<String> recordSets, List<String> explanation) {

    /** One record as {@code dig} shows it: owner, type, TTL and value. */
    public record Answered(String name, String type, long ttl, String value) {

        public static Answered of(Record record) {
            return new Answered(record.getName().toString(), Type.string(record.getType()), record.getTTL(), record.rdataToString());
        }
    }

    public DnsAnswer {
        answer = List.copyOf(answer);
        authority = List.copyOf(authority);
        recordSets = List.copyOf(recordSets);
        explanation = List.copyOf(explanation);
    }

    public List<Answered> answerView() {
        return answer.stream().map(Answered::of).toList();
    }

    public List<Answered> authorityView() {
        return authority.stream().map(Answered::of).toList();
    }
}
