package org.declutter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkupTest {

    private static Element first(String html, String tag) {
        return Jsoup.parse(html).selectFirst(tag);
    }

    @Test
    void anElementWithoutAttributesHasNoneAndIsNotGivenAnEmptySet() {
        Element p = first("<p>Text</p>", "p");
        assertThat(Markup.attributes(p)).isNull();
        assertThat(Markup.attr(p, "class")).isEmpty();
        assertThat(p.outerHtml()).isEqualTo("<p>Text</p>");
    }

    @Test
    void readsAttributesByTheirLowerCaseNames() {
        Element div = first("<div CLASS='Lead Story' hidden>Text</div>", "div");
        assertThat(Markup.attr(div, "class")).isEqualTo("Lead Story");
        assertThat(Markup.attributes(div).hasKey("hidden")).isTrue();
        assertThat(Markup.attr(div, "id")).isEmpty();
    }
}
