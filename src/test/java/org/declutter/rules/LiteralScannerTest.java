package org.declutter.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralScannerTest {

    private static List<String> found(List<String> literals, String text) {
        List<String> found = new ArrayList<>();
        new LiteralScanner(literals).scan(text, id -> found.add(literals.get(id)));
        return found;
    }

    @Test
    void findsLiteralsOfEveryLengthWhereverTheyStart() {
        List<String> literals = List.of("x", "ab", "abc", "abcdef", "bcd", "cde");

        assertThat(found(literals, "zabcdefx")).containsExactlyInAnyOrder("ab", "abc", "abcdef", "bcd", "cde", "x");
        assertThat(found(literals, "abcdeg")).containsExactlyInAnyOrder("ab", "abc", "bcd", "cde");
    }

    @Test
    void reportsEveryLiteralThatOccursAtLeastOnce() {
        assertThat(found(List.of("aa", "a", "aaaa", "b"), "aaa")).containsOnly("a", "aa");
    }

    @Test
    void findsNothingInATextWithoutTheLiterals() {
        assertThat(found(List.of("newsletter", "sign up", "©"), "news of the day, signed")).isEmpty();
        assertThat(found(List.of("newsletter"), "")).isEmpty();
    }

    @Test
    void readsCharactersBeyondLatin() {
        assertThat(found(List.of("→", "реклама", "©"), "next → реклама © 2024")).containsExactlyInAnyOrder("→", "реклама", "©");
    }

    @Test
    void tellsApartLiteralsThatShareTheirFirstFourCharacters() {
        List<String> literals = List.of("read", "reading", "read more", "read more about", "read next", "readers'");

        assertThat(found(literals, "read more")).containsOnly("read", "read more");
        assertThat(found(literals, "x read more about it; read")).containsOnly("read", "read more",
            "read more about");
        assertThat(found(literals, "reading, read nex")).containsOnly("read", "reading");
        assertThat(found(literals, "readers' read next")).containsOnly("read", "readers'", "read next");
    }

    @Test
    void refusesAnEmptyLiteral() {
        assertThatThrownBy(() -> new LiteralScanner(List.of("a", ""))).isInstanceOf(IllegalArgumentException.class);
    }
}
