package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainContentFilterTest {

    private static final String PROSE = "<p>This sentence is long enough to count as running prose, with a comma, "
        + "another comma, and a full stop at its end.</p>";

    @Test
    void keepsTheBestScoringContainerAndRemovesTheRest() {
        BlockDocument doc = HtmlDocs.of("<div><p>Teaser text that is on its own in a box, with a comma, and more.</p></div>"
            + "<div class='article-body'>" + PROSE + PROSE + PROSE + "</div>");
        new MainContentFilter().apply(doc);
        assertThat(doc.verdict(0).rule()).isEqualTo(MainContentFilter.RULE);
        assertThat(doc.kept(1) && doc.kept(2) && doc.kept(3)).isTrue();
        assertThat(doc.articleRoot().className()).isEqualTo("article-body");
    }

    @Test
    void mergesSiblingSectionsOfOneArticle() {
        BlockDocument doc = HtmlDocs.of("<div id='page'><div class='part'>" + PROSE + PROSE + PROSE + "</div>"
            + "<div class='ad-slot'><p>Advert</p></div><div class='part'>" + PROSE + PROSE + "</div></div>"
            + "<div class='teasers'>" + PROSE + "</div>");
        new MainContentFilter().apply(doc);
        assertThat(doc.kept(HtmlDocs.find(doc, "This sentence"))).isTrue();
        int last = doc.size() - 2;
        assertThat(doc.block(last).text()).startsWith("This sentence");
        assertThat(doc.kept(last)).isTrue();
    }

    @Test
    void keepsThePageWhenNoRegionHoldsEnoughOfItsProse() {
        BlockDocument doc = HtmlDocs.of("<div>" + PROSE + "</div><div>" + PROSE + "</div><div>" + PROSE + "</div>"
            + "<div>" + PROSE + "</div>");
        new MainContentFilter().apply(doc);
        for (int i = 0; i < doc.size(); i++) {
            assertThat(doc.kept(i)).isTrue();
        }
    }

    @Test
    void joinsChunksOfAnArticleCutIntoRowsOfALayout() {
        BlockDocument doc = HtmlDocs.of("<div id='chunks'><div class='row'><div class='body'>" + PROSE + PROSE + PROSE + "</div>"
            + "<div class='rail'><p>Advert</p></div></div><div class='row'><div class='body'>" + PROSE + "</div></div></div>"
            + "<div>" + PROSE + PROSE + "</div>");
        new MainContentFilter().apply(doc);
        assertThat(doc.kept(HtmlDocs.find(doc, "Advert"))).isFalse();
        assertThat(doc.kept(4)).isTrue();
        assertThat(doc.kept(5)).isFalse();
    }

    @Test
    void extendsToLeadParagraphsInAWrapperOfTheirOwn() {
        String lead = PROSE.replace("This sentence", "Lead sentence");
        BlockDocument doc = HtmlDocs.of("<div id='story'><div class='lead'><div>" + lead + lead + lead + lead + "</div></div>"
            + "<div class='player'><p>Watch the video</p></div>"
            + "<div class='rest'><div>" + PROSE + PROSE + PROSE + PROSE + PROSE + PROSE + PROSE + "</div></div></div>"
            + "<div class='other'><div>" + PROSE + "</div></div>");
        new MainContentFilter().apply(doc);
        assertThat(doc.kept(HtmlDocs.find(doc, "Lead sentence"))).isTrue();
        assertThat(doc.kept(doc.size() - 1)).isFalse();
    }
}
