package dev.netsim.simulation.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class WildcardPatternProperties {

    /** What AWS wildcards mean, spelled as a regular expression: the oracle for short inputs. */
    private static boolean regexMatches(String wildcard, String text) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < wildcard.length(); i++) {
            char c = wildcard.charAt(i);
            if (c == '\\' && i + 1 < wildcard.length()) {
                regex.append(Pattern.quote(String.valueOf(wildcard.charAt(++i))));
            } else {
                regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(text).matches();
    }

    @Property(tries = 3000)
    void matchesExactlyWhatTheRegularExpressionMatches(@ForAll @Chars({'a', 'b', '*', '?', '\\'}) @StringLength(max = 8) String wildcard,
                                                      @ForAll @Chars({'a', 'b', '*', '?', '\\'}) @StringLength(max = 10) String text) {
        assertThat(WildcardPattern.of(wildcard).matches(text)).as("'%s' against '%s'", wildcard, text).isEqualTo(regexMatches(wildcard, text));
    }

    @ParameterizedTest(name = "{0} ~ {1} = {2}")
    @CsvSource({
            "web-*, web-1, true",
            "web-?, web-12, false",
            "*-1, web-1, true",
            "a*a, a, false",
            "a*a, aa, true",
            "*, '', true",
            "'', '', true",
            "\\*, *, true",
            "\\*, x, false",
            "10.0.*.0/24, 10.0.12.0/24, true",
    })
    void examples(String wildcard, String text, boolean matches) {
        assertThat(WildcardPattern.of(wildcard).matches(text)).isEqualTo(matches);
    }

    /** Backtracking regular expressions took 15.6 s on this one; it is a few hundred steps here. */
    @org.junit.jupiter.api.Test
    void manyStarsDoNotBacktrack() {
        String text = "a".repeat(40);
        assertThat(WildcardPattern.of("*a*a*a*a*a*a*a*a*b").matches(text)).isFalse();
        assertThat(WildcardPattern.of("*a*a*a*a*a*a*a*a*a").matches(text)).isTrue();
        String long1024 = "*a".repeat(512);
        assertThat(WildcardPattern.of(long1024).matches("a".repeat(100_000) + "b")).isFalse();
    }
}
