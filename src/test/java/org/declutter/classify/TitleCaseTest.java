package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCaseTest {

    @Test
    void countsFunctionWordsCapitalisedInsideAHeadline() {
        assertThat(TitleCase.capitalisedFunctionWords("Here Are The Top Spots In Town A new guide lists them.")).isEqualTo(3);
        assertThat(TitleCase.capitalisedFunctionWords("WHAT THE COUNCIL DID ABOUT THE POOL")).isEqualTo(4);
    }

    @Test
    void ignoresSentenceStartsAndNames() {
        assertThat(TitleCase.capitalisedFunctionWords("The mayor met the Department of Health. The talks went well: "
            + "The minister agreed.")).isZero();
    }
}
