package dev.netsim.route53.zone;

/**
 * Route 53 ids go out prefixed ({@code /hostedzone/Z…}, {@code /change/C…}); the CLI strips the
 * prefix before building a path, the Java SDK does not. Both forms are accepted.
 */
public final class Route53Ids {

    private Route53Ids() {
    }

    public static String bare(String id) {
        if (id == null) {
            return null;
        }
        for (String prefix : new String[] {"/hostedzone/", "/change/", "/delegationset/", "hostedzone/", "change/"}) {
            if (id.startsWith(prefix)) {
                return id.substring(prefix.length());
            }
        }
        return id;
    }
}
