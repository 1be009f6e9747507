package org.declutter.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.declutter.source.Content;
import org.declutter.source.InputException;
import org.declutter.source.MediaKind;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Documents through Tika: structure kept, PDF lines rejoined into whole paragraphs. */
class DocumentParserTest {

    private static final Path FORMATS = Path.of("testdata", "cases", "formats");
    private final DocumentParser parser = new DocumentParser();

    private Page parse(String file) throws IOException, InputException {
        byte[] bytes = Files.readAllBytes(FORMATS.resolve(file));
        return parser.parse(new Content(file, MediaKind.DOCUMENT, null, bytes, null));
    }

    private static List<String> paragraphs(Page page) {
        return page.dom().body().select("p").stream().map(Element::wholeText).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void stopsWhenItsThreadIsInterrupted() {
        // A document that runs out of time has its thread interrupted: its parse must end, not run on.
        for (String file : List.of("article.docx", "article.pdf", "article.odt", "article.epub", "article.rtf")) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> parse(file)).as(file).isInstanceOf(CancellationException.class).hasMessage("interrupted");
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void rejoinsTheWrappedLinesOfPdfParagraphs() throws Exception {
        List<String> paragraphs = paragraphs(parse("article.pdf"));

        assertThat(paragraphs).contains("Mexico and the United States have met this year to discuss trade and immigration, "
            + "and this time, they plan to build a strategy against organized crime.");
        assertThat(paragraphs).allSatisfy(p -> assertThat(p).doesNotContain("\n"));
    }

    @Test
    void mendsAParagraphThatAPageBreakCut() throws Exception {
        Page page = parse("article.pdf");

        assertThat(paragraphs(page)).anySatisfy(p -> assertThat(p)
            .startsWith("AZPM encourages comments").endsWith("being banned from the site."));
        assertThat(page.dom().select("div.page")).isEmpty();
        assertThat(page.markup()).isFalse();
    }

    @Test
    void readsAPaginatedPdfAsOneFlowWithoutRunningHeadsOrPageNumbers() throws Exception {
        String sentence = "The council voted on Tuesday to extend the river path by four miles, linking the old mill "
            + "district with the new park on the eastern bank, a plan first proposed a decade ago.";
        byte[] pdf = PaginatedPdf.of("The Valley Gazette | Local News | May 18, 2017", "Page %d of %d",
            List.of(sentence.repeat(1), (sentence + " ").repeat(3).strip(), (sentence + " ").repeat(4).strip(),
                (sentence + " ").repeat(2).strip(), (sentence + " ").repeat(5).strip(), sentence));

        Page page = parser.parse(new Content("paged.pdf", MediaKind.DOCUMENT, null, pdf, null));

        assertThat(page.dom().body().text()).doesNotContain("Gazette").doesNotContain("Page ");
        assertThat(paragraphs(page)).hasSize(6).allSatisfy(p -> assertThat(p).startsWith("The council").endsWith("decade ago."));
    }

    @Test
    void rejoinsAHeadlineWrappedOverTwoLinesByTheDocumentsTitle() throws Exception {
        List<String> paragraphs = paragraphs(parse("article.pdf"));

        assertThat(paragraphs).contains("US, Mexican Officials Meet in DC to Discuss Security Issues")
            .doesNotContain("Security Issues");
    }

    @Test
    void keepsTheStructureOfOfficeDocuments() throws Exception {
        Page page = parse("article.docx");

        assertThat(page.dom().select("h1").text()).isEqualTo("US, Mexican Officials Meet in DC to Discuss Security Issues");
        assertThat(paragraphs(page)).hasSize(paragraphs(parse("article.odt")).size());
    }

    @Test
    void leavesOutFilesOutsideTheReadingOrder() throws Exception {
        Page page = parse("article.epub");

        assertThat(page.dom().body().text()).doesNotContain("toc.xhtml").doesNotContain("Section 1");
        assertThat(paragraphs(page)).contains("The University of Arizona");
    }

    @Test
    void refusesAnEncryptedPdf() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("testdata", "cases", "errors", "encrypted.pdf"));

        assertThatThrownBy(() -> parser.parse(new Content("e.pdf", MediaKind.DOCUMENT, null, bytes, null)))
            .isInstanceOf(InputException.class).hasMessage("encrypted document");
    }
}
