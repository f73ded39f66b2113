package dev.netsim.dataplane.dns;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.xbill.DNS.ClientSubnetOption;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

import dev.netsim.route53.answer.DnsCatalogs;
import dev.netsim.simulation.dns.DnsAnswer;
import dev.netsim.simulation.dns.DnsQuery;

/**
 * One DNS request message → its response message, in DNS wire format (dnsjava): the question is
 * answered by the Route 53 answer engine for the client's address, or the EDNS0 client subnet it
 * carries; responses too large for the client's UDP payload are truncated (TC) so it retries over TCP.
 */
final class DnsMessages {

    static final int UDP_DEFAULT_PAYLOAD = 512;
    static final int SERVER_PAYLOAD = 4096;

    private final DnsCatalogs catalogs;

    DnsMessages(DnsCatalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** The response's bytes, or null for a message that is not a DNS request at all (dropped, as servers do). */
    byte[] respond(byte[] request, int length, InetAddress client, boolean tcp) {
        Message query;
        try {
            query = new Message(java.nio.ByteBuffer.wrap(request, 0, length));
        } catch (IOException e) {
            return length >= Header.LENGTH ? formatError(request) : null;
        }
        if (query.getHeader().getFlag(Flags.QR)) {
            return null;
        }
        Message response = new Message(query.getHeader().getID());
        Header header = response.getHeader();
        header.setFlag(Flags.QR);
        if (query.getHeader().getFlag(Flags.RD)) {
            header.setFlag(Flags.RD);
        }
        Record question = query.getQuestion();
        OPTRecord opt = query.getOPT();
        if (query.getHeader().getOpcode() != Opcode.QUERY || question == null) {
            header.setRcode(question == null ? Rcode.FORMERR : Rcode.NOTIMP);
            if (question != null) {
                response.addRecord(question, Section.QUESTION);
            }
            return response.toWire(UDP_DEFAULT_PAYLOAD);
        }
        response.addRecord(question, Section.QUESTION);
        ClientSubnetOption subnet = clientSubnet(opt);
        String subnetText = subnet == null ? null : subnet.getAddress().getHostAddress() + "/" + subnet.getSourcePrefixLength();
        DnsAnswer answer = catalogs.engine().answerWithoutReasons(new DnsQuery(question.getName().toString(), Type.string(question.getType()),
                client.getHostAddress(), subnetText), ThreadLocalRandom.current());
        header.setRcode(Rcode.value(answer.responseCode()));
        if (answer.authoritative()) {
            header.setFlag(Flags.AA);
        }
        answer.answer().forEach(r -> response.addRecord(r, Section.ANSWER));
        answer.authority().forEach(r -> response.addRecord(r, Section.AUTHORITY));
        if (opt != null) {
            List<EDNSOption> options = subnet == null ? List.of()
                    : List.of(new ClientSubnetOption(subnet.getSourcePrefixLength(), subnet.getSourcePrefixLength(), subnet.getAddress()));
            response.addRecord(new OPTRecord(SERVER_PAYLOAD, 0, 0, 0, options), Section.ADDITIONAL);
        }
        int limit = tcp ? 65535 : opt == null ? UDP_DEFAULT_PAYLOAD : Math.max(UDP_DEFAULT_PAYLOAD, Math.min(opt.getPayloadSize(), SERVER_PAYLOAD));
        return response.toWire(limit);
    }

    private static ClientSubnetOption clientSubnet(OPTRecord opt) {
        if (opt == null) {
            return null;
        }
        return opt.getOptions(EDNSOption.Code.CLIENT_SUBNET).stream().filter(ClientSubnetOption.class::isInstance)
                .map(ClientSubnetOption.class::cast).findFirst().orElse(null);
    }

    /** FORMERR for a message whose header reads but whose body does not. */
    private static byte[] formatError(byte[] request) {
        try {
            Header header = new Header(java.util.Arrays.copyOf(request, Header.LENGTH));
            Message response = new Message(header.getID());
            response.getHeader().setFlag(Flags.QR);
            response.getHeader().setRcode(Rcode.FORMERR);
            return response.toWire();
        } catch (IOException e) {
            return null;
        }
    }
}
