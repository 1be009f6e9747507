package org.declutter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** PDF pages as Tika marks them, joined into one flow. */
class PdfPagesTest {

    private static List<String> join(String body) {
        Document dom = Jsoup.parse("<html><body>" + body + "</body></html>");
        PdfPages.join(dom);
        assertThat(dom.select("div.page")).isEmpty();
        return dom.body().select("p").stream().map(Element::wholeText).filter(t -> !t.isBlank()).toList();
    }

    private static String page(String... paragraphs) {
        StringBuilder out = new StringBuilder("<div class=\"page\"><p></p>");
        for (String p : paragraphs) {
            out.append("<p>").append(p).append("</p>");
        }
        return out.append("<p></p></div>").toString();
    }

    @Test
    void dropsRunningHeadsFeetAndPageNumbers() {
        List<String> paragraphs = join(
            page("The Valley Gazette | Local News", "First paragraph ends here.", "Page 1 of 3")
            + page("The Valley Gazette | Local News", "Second paragraph ends here.", "Page 2 of 3")
            + page("The Valley Gazette | Local News", "Third paragraph ends here.", "- 3 -"));

        assertThat(paragraphs).containsExactly("First paragraph ends here.", "Second paragraph ends here.",
            "Third paragraph ends here.");
    }

    @Test
    void mendsAParagraphCutByAPageBreakBehindTheFurniture() {
        List<String> paragraphs = join(
            page("Report 2017", "The council voted to extend the river path by four", "12")
            + page("Report 2017", "miles, linking the mill district with the park.", "13"));

        assertThat(paragraphs).containsExactly("The council voted to extend the river path by four\n"
            + "miles, linking the mill district with the park.");
    }

    @Test
    void keepsWhatDoesNotRepeat() {
        List<String> paragraphs = join(
            page("A headline on the first page", "Body text that ends.")
            + page("A subheading on the second page", "More body text that ends."));

        assertThat(paragraphs).containsExactly("A headline on the first page", "Body text that ends.",
            "A subheading on the second page", "More body text that ends.");
    }

    @Test
    void leavesDocumentsWithoutPagesAlone() {
        assertThat(join("<p>Page 1</p><p>Text.</p>")).containsExactly("Page 1", "Text.");
    }
}
