package dev.netsim.route53.zone;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.netsim.common.AwsException;

/** Route 53 domain names: lower case, fully qualified with a trailing dot, labels of 1-63 characters. */
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
}
