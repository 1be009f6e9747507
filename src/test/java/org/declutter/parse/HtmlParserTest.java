package org.declutter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.declutter.source.Content;
import org.declutter.source.MediaKind;
import org.junit.jupiter.api.Test;

/** HTML goes straight through jsoup, markup and all. */
class HtmlParserTest {

    @Test
    void keepsClassesIdsAndLayoutElements() {
        String html = "<nav class=\"main-menu\"><a href=\"/\">Home</a></nav>"
            + "<aside id=\"related\"><p>More</p></aside><article><p>Text.</p></article>";

        Page page = new HtmlParser().parse(new Content("p.html", MediaKind.HTML, html, null, "https://example.org/a"));

        assertThat(page.markup()).isTrue();
        assertThat(page.dom().select("nav.main-menu")).hasSize(1);
        assertThat(page.dom().select("aside#related p").text()).isEqualTo("More");
        assertThat(page.dom().select("a").first().absUrl("href")).isEqualTo("https://example.org/");
    }
}
