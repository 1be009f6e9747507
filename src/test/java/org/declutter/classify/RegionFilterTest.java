package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.declutter.rules.Category;
import org.junit.jupiter.api.Test;

class RegionFilterTest {

    private static final String PROSE = "This sentence is long enough to count as running prose, with a comma, and a full stop.";

    @Test
    void removesRegionsNamedByClassWordsWithTheirCategory() {
        BlockDocument doc = HtmlDocs.of("<div class='story'><p>" + PROSE + "</p></div>"
            + "<div class='related-links'><p>Other news</p></div><div id='comments'><p>" + PROSE + " Reader</p></div>");
        new RegionFilter().apply(doc);
        assertThat(doc.kept(HtmlDocs.find(doc, "This sentence"))).isTrue();
        assertThat(doc.verdict(HtmlDocs.find(doc, "Other news")))
            .isEqualTo(Verdict.removed(Category.of("related"), "region.class-related"));
        assertThat(doc.verdict(HtmlDocs.find(doc, PROSE + " Reader")).category()).isEqualTo(Category.of("comment-policy"));
    }

    @Test
    void classWordsMatchWholeWordsOnly() {
        BlockDocument doc = HtmlDocs.of("<div class='commentary'><p>" + PROSE + "</p></div><div class='x'><p>Other</p></div>");
        new RegionFilter().apply(doc);
        assertThat(doc.kept(0)).isTrue();
    }

    @Test
    void neverRemovesTheContainerOfTheHeadline() {
        BlockDocument doc = HtmlDocs.of("<div class='page with-sidebar'><h1>Title</h1><p>" + PROSE + "</p></div>");
        new RegionFilter().apply(doc);
        assertThat(doc.kept(HtmlDocs.find(doc, "This sentence"))).isTrue();
    }

    @Test
    void keepsARegionHoldingMostOfThePagesProseUnlessItIsComments() {
        BlockDocument doc = HtmlDocs.of("<div class='promo'><p>" + PROSE + "</p><p>" + PROSE + "</p></div><p>Short.</p>");
        new RegionFilter().apply(doc);
        assertThat(doc.kept(0)).isTrue();
    }

    @Test
    void removesLandmarkTagsAndRoles() {
        BlockDocument doc = HtmlDocs.of("<nav><p>Home</p></nav><div role='contentinfo'><p>Contact</p></div>"
            + "<figure><figcaption>A photo</figcaption></figure><p>" + PROSE + "</p>");
        new RegionFilter().apply(doc);
        assertThat(doc.verdict(0).rule()).isEqualTo("region.tag-nav");
        assertThat(doc.verdict(1).category()).isEqualTo(Category.of("footer"));
        assertThat(doc.verdict(2).category()).isEqualTo(Category.of("caption"));
        assertThat(doc.kept(3)).isTrue();
    }

    @Test
    void keepsEmbeddedPostsButNotTheirCaptions() {
        BlockDocument doc = HtmlDocs.of("<p>" + PROSE + "</p><div class='social-embed'><blockquote>A quoted post</blockquote></div>"
            + "<div class='image-embed-caption'>A photo</div>");
        new RegionFilter().apply(doc);
        assertThat(doc.kept(1)).isTrue();
        assertThat(doc.verdict(2).category()).isEqualTo(Category.of("caption"));
    }

    @Test
    void theLinesUnderAnImageInAPlainContainerAreItsCaption() {
        BlockDocument doc = HtmlDocs.of("<p>" + PROSE + "</p><p>" + PROSE + "</p>"
            + "<div><div><img src='a.jpg'></div><div>The quay at dawn.</div><div>Photo by A. Writer</div></div>"
            + "<div><img src='b.jpg'><span>Nets drying in the sun.</span></div><p>" + PROSE + "</p>");
        new RegionFilter().apply(doc);
        assertThat(doc.verdict(HtmlDocs.find(doc, "The quay at dawn.")))
            .isEqualTo(Verdict.removed(Category.of("caption"), "region.bare-figure"));
        assertThat(doc.verdict(HtmlDocs.find(doc, "Photo by A. Writer")).rule()).isEqualTo("region.bare-figure");
        assertThat(doc.verdict(HtmlDocs.find(doc, "Nets drying in the sun.")).rule()).isEqualTo("region.bare-figure");
        assertThat(doc.kept(HtmlDocs.find(doc, "This sentence"))).isTrue();
    }

    @Test
    void aLayoutCellOfAPictureAndItsLineIsAFigureButABriefWithItsPhotoIsNot() {
        BlockDocument strip = HtmlDocs.of("<p>" + PROSE + "</p><p>" + PROSE + "</p><table><tr>"
            + "<td><a href='1.jpg'><img src='1s.jpg'></a><br><font>On the ridge at dawn</font></td>"
            + "<td><a href='2.jpg'><img src='2s.jpg'></a><br><font>The summit cairn</font></td></tr></table>");
        new RegionFilter().apply(strip);
        assertThat(strip.verdict(HtmlDocs.find(strip, "On the ridge")).rule()).isEqualTo("region.bare-figure");
        assertThat(strip.verdict(HtmlDocs.find(strip, "The summit cairn")).rule()).isEqualTo("region.bare-figure");

        BlockDocument brief = HtmlDocs.of("<div><img src='b.jpg'><p>" + PROSE + "</p></div>");
        new RegionFilter().apply(brief);
        assertThat(brief.kept(0)).isTrue();
    }

    @Test
    void textBesideAnImageIsNoCaptionWhenTheImageHasItsOwnFigureOrTheTextIsAHeadingOrAQuotation() {
        BlockDocument doc = HtmlDocs.of("<p>" + PROSE + "</p><p>" + PROSE + "</p>"
            + "<div><figure><a href='/r'><img src='r.png'></a></figure><div><p>Unproven</p></div></div>"
            + "<div><img src='t.jpg'><h3>A teaser headline</h3></div>"
            + "<blockquote><p><img src='q.jpg'></p><p>A short quotation.</p></blockquote>"
            + "<p><img src='i.jpg'>A paragraph that opens with an image.</p>");
        new RegionFilter().apply(doc);
        assertThat(doc.kept(HtmlDocs.find(doc, "Unproven"))).isTrue();
        assertThat(doc.kept(HtmlDocs.find(doc, "A teaser headline"))).isTrue();
        assertThat(doc.kept(HtmlDocs.find(doc, "A short quotation."))).isTrue();
        assertThat(doc.kept(HtmlDocs.find(doc, "A paragraph that opens"))).isTrue();
    }

    @Test
    void anEntrysHeaderInsideTheArticleAndAWidgetsNavOfParagraphsAreContent() {
        BlockDocument doc = HtmlDocs.of("<header><p>Site name</p></header><article><p>" + PROSE + "</p>"
            + "<section><header><h2>15.02 The harbour wall is breached</h2></header><p>" + PROSE + " Entry</p></section>"
            + "<div class='faq'><h3>Can I claim?</h3><nav class='dropdown-list'><p>" + PROSE + " Answer</p></nav></div>"
            + "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav></article>");
        new RegionFilter().apply(doc);
        assertThat(doc.verdict(HtmlDocs.find(doc, "Site name")).rule()).isEqualTo("region.tag-header");
        assertThat(doc.kept(HtmlDocs.find(doc, "15.02 The harbour wall"))).isTrue();
        assertThat(doc.kept(HtmlDocs.find(doc, PROSE + " Answer"))).isTrue();
        assertThat(doc.verdict(HtmlDocs.find(doc, "Home")).rule()).isEqualTo("region.tag-nav");
    }

    @Test
    void aFigureHoldingATableIsContent() {
        BlockDocument doc = HtmlDocs.of("<p>" + PROSE + "</p><figure><table><tr><td>Results by region</td></tr></table>"
            + "</figure><figure><img src='a.jpg'><figcaption>A photo</figcaption></figure>");
        new RegionFilter().apply(doc);
        assertThat(doc.kept(HtmlDocs.find(doc, "Results"))).isTrue();
        assertThat(doc.kept(HtmlDocs.find(doc, "A photo"))).isFalse();
    }

    @Test
    void knowsRegionWordsOfOtherLanguages() {
        BlockDocument doc = HtmlDocs.of("<p>" + PROSE + "</p><div class='kommentare'><p>Leserbrief</p></div>"
            + "<div class='publicidad'><p>Anuncio</p></div>");
        new RegionFilter().apply(doc);
        assertThat(doc.verdict(1).category()).isEqualTo(Category.of("comment-policy"));
        assertThat(doc.verdict(2).category()).isEqualTo(Category.of("advertising"));
    }

    @Test
    void articlesNestedInAnArticleAreRelatedContent() {
        BlockDocument doc = HtmlDocs.of("<article><h1>Title</h1><p>" + PROSE + "</p><p>" + PROSE + "</p><article><p>" + PROSE + " Teaser</p>"
            + "</article></article>");
        new RegionFilter().apply(doc);
        assertThat(doc.kept(HtmlDocs.find(doc, PROSE + " Teaser"))).isFalse();
        assertThat(doc.verdict(HtmlDocs.find(doc, PROSE + " Teaser")).rule()).isEqualTo("region.nested-article");
        assertThat(doc.kept(1)).isTrue();
    }
}
