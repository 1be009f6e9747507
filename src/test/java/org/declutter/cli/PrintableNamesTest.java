package org.declutter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableNamesTest {

    @Test
    void leavesAnOrdinaryNameAsItIsAccentsAndAll() {
        String name = "pages/café – été.html";
        assertThat(PrintableNames.of(name)).isSameAs(name);
    }

    @Test
    void writesControlCharactersAndBackslashesAsLsDashBDoes() {
        assertThat(PrintableNames.of("a\nb\tc\rd\u001be\\f\u0085g")).isEqualTo("a\\nb\\tc\\rd\\x1be\\\\f\\x85g");
    }
}
