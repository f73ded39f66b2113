package dev.netsim.route53.zone;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.netsim.common.AwsException;

/**
 * Route 53 domain names: lower case, fully qualified with a trailing dot, labels of 1-63 characters,
 * and every character but a-z, 0-9, hyphen and underscore written as Route 53 returns it, a
 * backslash and three octal digits ({@code *.example.com} is {@code \052.example.com.}).
 */
public final class DomainNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_*]([a-z0-9_-]{0,61}[a-z0-9_])?");

    private DomainNames() {
    }

    /** @throws AwsException InvalidDomainName for a malformed name or a top-level domain alone */
    public static String zoneName(String name) {
        if (name == null || name.isBlank()) {
            throw new AwsException("InvalidInput", "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null");
        }
        String fqdn = name.toLowerCase(Locale.ROOT);
        fqdn = fqdn.endsWith(".") ? fqdn : fqdn + ".";
        String[] labels = fqdn.substring(0, fqdn.length() - 1).split("\\.", -1);
        if (fqdn.length() > 255 || labels.length < 2) {
            throw new AwsException("InvalidDomainName", name + " is reserved by AWS or is not a valid domain name for a hosted zone.");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new AwsException("InvalidDomainName", "Domain name " + name + " is invalid.");
            }
        }
        return fqdn;
    }

    /** A record set's name as Route 53 stores and returns it; null when the name is not a DNS name at all. */
    public static String recordName(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(name.length() + 8);
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            if (c == '\\' && isOctal(bytes, i + 1)) {
                out.append(new String(bytes, i, 4, StandardCharsets.US_ASCII)); // already escaped
                i += 3;
            } else if (c == '.' || c == '-' || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
                out.append((char) c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else {
                out.append('\\').append(String.format("%03o", c));
            }
        }
        if (out.charAt(out.length() - 1) != '.') {
            out.append('.');
        }
        String fqdn = out.toString();
        if (fqdn.equals(".")) {
            return fqdn;
        }
        for (String label : fqdn.substring(0, fqdn.length() - 1).split("\\.", -1)) {
            if (label.isEmpty() || label.replaceAll("\\\\[0-7]{3}", "x").length() > 63) {
                return null;
            }
        }
        return fqdn.replaceAll("\\\\[0-7]{3}", "x").length() > 255 ? null : fqdn;
    }

    private static boolean isOctal(byte[] bytes, int from) {
        for (int i = from; i < from + 3; i++) {
            if (i >= bytes.length || bytes[i] < '0' || bytes[i] > '7') {
                return false;
            }
        }
        return true;
    }

    /** Whether a record name lies in a zone: the apex itself or a name below it. */
    public static boolean isWithin(String name, String zone) {
        return name.equals(zone) || name.endsWith("." + zone);
    }

    /**
     * Route 53's order of names in ListResourceRecordSets: label by label from the right
     * ({@code com.example.www}), so a zone's apex comes first and subdomains follow their parents.
     */
    public static int compareReversed(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 1; i <= Math.min(left.length, right.length); i++) {
            int c = left[left.length - i].compareTo(right[right.length - i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }
}
