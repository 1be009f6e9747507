package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkDensityFilterTest {

    @Test
    void removesBlocksThatAreMostlyLinksButNotLinkedProse() {
        BlockDocument doc = HtmlDocs.of("<ul><li><a href='/a'>More on this story</a></li></ul>"
            + "<p>Read <a href='/b'>the report</a> for the details.</p>"
            + "<p><a href='/c'>The minister said on Monday that the new rules would apply from the first day of the"
            + " next year, whatever the courts decide.</a></p>");
        new LinkDensityFilter().apply(doc);
        assertThat(doc.verdict(0).rule()).isEqualTo(LinkDensityFilter.RULE);
        assertThat(doc.kept(1)).isTrue();
        assertThat(doc.kept(2)).isTrue();
    }

    @Test
    void aRowOfATableOfDataIsLinkDenseOnlyWhenAllItsCellsAreLinks() {
        BlockDocument doc = HtmlDocs.of("<table><tr><th>Pos</th><th>Team</th><th>Pts</th></tr>"
            + "<tr><td><a href='/gulls'>Gulls</a></td><td>2-1</td><td><a href='/foxes'>Millbrook Foxes</a></td></tr>"
            + "<tr><td><a href='/a'>Home</a></td><td><a href='/b'>News</a></td><td><a href='/c'>Sport</a></td></tr>"
            + "</table>");
        new LinkDensityFilter().apply(doc);
        assertThat(doc.kept(1)).isTrue();
        assertThat(doc.verdict(2).rule()).isEqualTo(LinkDensityFilter.RULE);
    }
}
