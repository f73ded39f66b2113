package dev.netsim.simulation.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An AWS filter value: {@code *} matches any run of characters, {@code ?} exactly one, {@code \}
 * escapes the next character. Matched without regular expressions or backtracking: the pattern is
 * split at its stars, the first piece must start the text, the last must end it, and each piece in
 * between is taken at its leftmost place after the one before — always a match if any exists, and
 * never more than (text length × pattern length) steps, however many stars the value holds.
 */
public final class WildcardPattern {

    /** A run of pattern characters between stars; {@code anyChar[i]} marks a {@code ?}. */
    private record Piece(char[] chars, boolean[] anyChar) {

        boolean matchesAt(String text, int at) {
            if (at + chars.length > text.length()) {
                return false;
            }
            for (int i = 0; i < chars.length; i++) {
                if (!anyChar[i] && text.charAt(at + i) != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        int length() {
            return chars.length;
        }
    }

    /** Never empty: a value without stars is one piece; a leading or trailing star leaves an empty first or last one. */
    private final List<Piece> pieces;

    private WildcardPattern(List<Piece> pieces) {
        this.pieces = pieces;
    }

    public static WildcardPattern of(String value) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder chars = new StringBuilder();
        List<Boolean> any = new ArrayList<>();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '*') {
                pieces.add(piece(chars, any));
                chars.setLength(0);
                any.clear();
                continue;
            }
            boolean escaped = c == '\\' && i + 1 < value.length();
            chars.append(escaped ? value.charAt(++i) : c);
            any.add(!escaped && c == '?');
        }
        pieces.add(piece(chars, any));
        return new WildcardPattern(pieces);
    }

    private static Piece piece(StringBuilder chars, List<Boolean> any) {
        boolean[] anyChar = new boolean[any.size()];
        for (int i = 0; i < anyChar.length; i++) {
            anyChar[i] = any.get(i);
        }
        return new Piece(chars.toString().toCharArray(), anyChar);
    }

    public boolean matches(String text) {
        if (pieces.size() == 1) {
            Piece only = pieces.get(0);
            return only.length() == text.length() && only.matchesAt(text, 0);
        }
        Piece first = pieces.get(0);
        Piece last = pieces.get(pieces.size() - 1);
        if (!first.matchesAt(text, 0) || text.length() - last.length() < first.length()
                || !last.matchesAt(text, text.length() - last.length())) {
            return false;
        }
        int from = first.length();
        int until = text.length() - last.length();
        for (Piece middle : pieces.subList(1, pieces.size() - 1)) {
            int at = from;
            while (at + middle.length() <= until && !middle.matchesAt(text, at)) {
                at++;
            }
            if (at + middle.length() > until) {
                return false;
            }
            from = at + middle.length();
        }
        return true;
    }
}
