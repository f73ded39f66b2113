package dev.netsim.simulation.cdn;

/**
 * A cache behaviour's path pattern as CloudFront matches it: case-sensitive, {@code *} for any run
 * of characters (slashes too), {@code ?} for exactly one, the leading slash optional.
 */
public final class PathPattern {

    private PathPattern() {
    }

    public static boolean matches(String pattern, String path) {
        String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        String s = path.startsWith("/") ? path.substring(1) : path;
        return matches(p, 0, s, 0);
    }

    /** Iterative glob matching with one backtrack point: linear in practice, never exponential. */
    private static boolean matches(String p, int pi, String s, int si) {
        int star = -1;
        int mark = 0;
        while (si < s.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == s.charAt(si))) {
                pi++;
                si++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
