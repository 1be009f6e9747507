package org.declutter.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.declutter.parse.Page;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static List<Block> blocks(String html) {
        return new Segmenter().segment(new Page("test.html", Jsoup.parse(html), true, null));
    }

    private static List<String> texts(String html) {
        return blocks(html).stream().map(Block::text).toList();
    }

    @Test
    void blockElementsSplitTextAndInlineMarkupDoesNot() {
        assertThat(texts("<div>Intro<p>One <b>bold</b> <a href=x>link</a>.</p><ul><li>Item</li></ul></div>"))
            .containsExactly("Intro", "One bold link.", "Item");
    }

    @Test
    void countsLinkTextAndKeepsTheInnermostBlockElement() {
        Block b = blocks("<article><p>Read <a href=x>more</a></p></article>").get(0);
        assertThat(b.linkChars()).isEqualTo(4);
        assertThat(b.tag()).isEqualTo("p");
        assertThat(b.within("article")).isTrue();
        assertThat(b.within("blockquote")).isFalse();
    }

    @Test
    void dropsCharactersThatShowNothingAndReadsANextLineAsSpace() {
        assertThat(texts("<p>Der Not\u00adfall\u00adda\u00adten\u00adsatz, ein\u2060Wort\u200b und\u0085mehr</p>"))
            .containsExactly("Der Notfalldatensatz, einWort und mehr");
    }

    @Test
    void keepsLineBreaksWithoutTheSpacesAroundThem() {
        assertThat(texts("<p>Line one <br> line two<br><br>Next</p>")).containsExactly("Line one\nline two", "Next");
    }

    @Test
    void skipsHiddenElementsAndCodeThatIsNotText() {
        assertThat(texts("<p>Shown</p><p hidden>Attribute</p><p aria-hidden=true>Aria</p>"
            + "<p class='note Visually-Hidden'>Class</p><p style='display: none'>Style</p><script>var x;</script>"))
            .containsExactly("Shown");
    }

    @Test
    void keepsElementsWhoseClassesOnlyResembleHidingOnes() {
        assertThat(texts("<p class='hidden-gem'>Gem</p><p class='unhide'>Open</p>")).containsExactly("Gem", "Open");
    }
}
