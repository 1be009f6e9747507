package org.declutter.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassWordsTest {

    private static Element element(String html) {
        return Jsoup.parse(html).body().child(0);
    }

    @Test
    void splitsAtDashesUnderscoresAndCaseChanges() {
        assertThat(ClassWords.of(element("<div class='article-body__shareBar' id='main_col'></div>")))
            .containsExactly("article", "body", "share", "bar", "main", "col");
    }

    @Test
    void leavesOutTheTopicsAPostIsFiledUnder() {
        assertThat(ClassWords.of(element("<article class='post tag-comments category-advertising hentry'></article>")))
            .containsExactly("post", "hentry");
    }

    @Test
    void leavesOutWhatANameSaysAnElementComesWith() {
        assertThat(ClassWords.of(element(
            "<h2 class='anchor anchorWithStickyNavbar_x1 layout--with-sidebar nav-menu' id='post_without_comments'></h2>")))
            .containsExactly("anchor", "anchor", "layout", "nav", "menu", "post");
    }

    @Test
    void keepsWordsThatOnlyStartWithWith() {
        assertThat(ClassWords.of(element("<div class='withdrawal-form within-limits'></div>")))
            .containsExactly("withdrawal", "form", "within", "limits");
    }

    @Test
    void lowerCasesWordsOfAnyScript() {
        assertThat(ClassWords.of(element("<div class='ÉditionSpéciale' id='ÜBER-uns'></div>")))
            .containsExactly("édition", "spéciale", "über", "uns");
    }
}
