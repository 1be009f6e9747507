package org.declutter.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
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

    @Test
    void stopsWhenItsThreadIsInterrupted() {
        // An input that ran out of time has its thread interrupted: a large page must not be read on.
        Content page = new Content("p.html", MediaKind.HTML, "<p>Text.</p>".repeat(10_000), null, null);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new HtmlParser().parse(page))
                .isInstanceOf(CancellationException.class).hasMessage("interrupted");
        } finally {
            Thread.interrupted();
        }
    }
}
