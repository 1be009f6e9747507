package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElementTallyTest {

    @Test
    void sumsEveryBlockIntoEachElementThatHoldsIt() {
        BlockDocument doc = HtmlDocs.of("<div id=outer><p>One two.</p><div id=inner><p>Three <a href=x>four</a>.</p></div></div>"
            + "<p>Five.</p>");
        ElementTally tally = ElementTally.of(doc, i -> true);
        ElementTally.Counts outer = tally.of(doc.page().dom().getElementById("outer"));
        ElementTally.Counts inner = tally.of(doc.page().dom().getElementById("inner"));
        assertThat(inner.chars).isEqualTo("Three four.".length());
        assertThat(inner.linkChars).isEqualTo(4);
        assertThat(outer.chars).isEqualTo("One two.".length() + "Three four.".length());
        assertThat(outer.words).isEqualTo(4);
        assertThat(tally.of(doc.page().dom().body()).words).isEqualTo(5);
    }

    @Test
    void leavesOutTheTextBetweenTheBlocksOfAnInlineElement() {
        // The middle text belongs to the div, not the span around the paragraphs: the span is left
        // and entered again, and must not count the first paragraph twice.
        BlockDocument doc = HtmlDocs.of("<div id=d><span id=s><p>One two.</p>Middle words<p>Three four.</p></span></div>");
        ElementTally tally = ElementTally.of(doc, i -> true);
        assertThat(tally.of(doc.page().dom().getElementById("s")).chars).isEqualTo("One two.".length() + "Three four.".length());
        assertThat(tally.of(doc.page().dom().getElementById("d")).words).isEqualTo(6);
    }

    @Test
    void countsOnlyTheBlocksAsked() {
        BlockDocument doc = HtmlDocs.of("<div id=d><p>One.</p><p>Two three.</p></div>");
        ElementTally tally = ElementTally.of(doc, i -> i == 1);
        assertThat(tally.of(doc.page().dom().getElementById("d")).words).isEqualTo(2);
        assertThat(tally.of(doc.block(0).element()).words).isZero();
    }
}
