package dev.netsim.ec2.security;

import java.util.Locale;
import java.util.Map;

import dev.netsim.common.AwsException;
import dev.netsim.common.net.Ipv4Cidr;
import dev.netsim.common.net.Ipv6Cidr;
import dev.netsim.ec2.Ec2Errors;

/**
 * A NACL entry as CreateNetworkAclEntry or ReplaceNetworkAclEntry give it, and the rules it must
 * satisfy: rule number 1-32766, allow or deny, a protocol (stored as its number, {@code -1} for
 * all), one CIDR, ports for TCP and UDP, type and code for ICMP.
 */
public record NetworkAclEntrySpec(Integer ruleNumber, Boolean egress, String protocol, String ruleAction, String cidrBlock,
                                  String ipv6CidrBlock, Integer portFrom, Integer portTo, Integer icmpType, Integer icmpCode) {

    private static final Map<String, String> PROTOCOL_NUMBERS = Map.of("all", "-1", "tcp", "6", "udp", "17", "icmp", "1", "icmpv6", "58");

    public NetworkAclEntry toEntry() {
        if (ruleNumber == null) {
            throw Ec2Errors.missing("RuleNumber");
        }
        if (ruleNumber < 1 || ruleNumber > 32766) {
            throw Ec2Errors.invalidValue("ruleNumber", String.valueOf(ruleNumber), "Rule numbers must be between 1 and 32766.");
        }
        if (ruleAction == null) {
            throw Ec2Errors.missing("RuleAction");
        }
        String action = ruleAction.toLowerCase(Locale.ROOT);
        if (!action.equals("allow") && !action.equals("deny")) {
            throw Ec2Errors.invalidValue("ruleAction", ruleAction, "Valid values are allow and deny.");
        }
        String number = protocolNumber(protocol);
        if ((cidrBlock == null) == (ipv6CidrBlock == null)) {
            throw new AwsException(cidrBlock == null ? "MissingParameter" : "InvalidParameterCombination",
                    "The request must contain exactly one of CidrBlock or Ipv6CidrBlock.");
        }
        Integer from = null;
        Integer to = null;
        Integer type = null;
        Integer code = null;
        if (number.equals("6") || number.equals("17")) {
            if (portFrom == null || portTo == null) {
                throw Ec2Errors.missing("PortRange");
            }
            if (portFrom < 0 || portTo > 65535 || portFrom > portTo) {
                throw Ec2Errors.invalidValue("portRange", portFrom + "-" + portTo, "Ports must be 0-65535 and from <= to.");
            }
            from = portFrom;
            to = portTo;
        } else if (number.equals("1") || number.equals("58")) {
            if (icmpType == null || icmpCode == null) {
                throw Ec2Errors.missing("Icmp");
            }
            type = icmpType;
            code = icmpCode;
        }
        return new NetworkAclEntry(ruleNumber, Boolean.TRUE.equals(egress), number, action, ipv4(cidrBlock), ipv6(ipv6CidrBlock), from, to, type, code);
    }

    private static String protocolNumber(String protocol) {
        if (protocol == null || protocol.isEmpty()) {
            throw Ec2Errors.missing("Protocol");
        }
        String known = PROTOCOL_NUMBERS.get(protocol.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        try {
            int value = Integer.parseInt(protocol);
            if (value == -1 || value >= 0 && value <= 255) {
                return String.valueOf(value);
            }
        } catch (NumberFormatException e) {
            // falls through to the error
        }
        throw Ec2Errors.invalidValue("protocol", protocol, "Use a protocol number (-1 for all) or tcp, udp, icmp, icmpv6.");
    }

    private static String ipv4(String cidr) {
        if (cidr == null) {
            return null;
        }
        Ipv4Cidr parsed = Ipv4Cidr.parseOrNull(cidr);
        if (parsed == null) {
            throw Ec2Errors.invalidValue("cidrBlock", cidr, "This is not a valid CIDR block.");
        }
        return parsed.toString();
    }

    private static String ipv6(String cidr) {
        if (cidr == null) {
            return null;
        }
        String canonical = Ipv6Cidr.canonicalOrNull(cidr);
        if (canonical == null) {
            throw Ec2Errors.invalidValue("ipv6CidrBlock", cidr, "This is not a valid IPv6 CIDR block.");
        }
        return canonical;
    }
}
