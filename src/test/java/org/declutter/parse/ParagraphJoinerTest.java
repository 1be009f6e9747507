package org.declutter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphJoinerTest {

    private static final String WRAPPED = """
        The council voted on Monday to close the old swimming pool at the end of
        the season and to spend the savings on the new leisure centre, which is
        due to open in the spring of next year.

        Members who opposed the plan said the pool was the only one within walking
        distance of the estate, and that many older residents would lose a place
        where they swim every morning.
        """;

    @Test
    void rejoinsHardWrappedParagraphs() {
        List<String> paragraphs = ParagraphJoiner.paragraphs(WRAPPED);
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0)).startsWith("The council voted").endsWith("spring of next year.")
            .doesNotContain("\n").contains("of the season");
    }

    @Test
    void removesTheHyphenOfAWordBrokenAtTheLineEnd() {
        String text = """
            The committee published its report on the state of the county's roads
            on Friday, and it makes for uncomfortable reading: most of the smaller
            bridges have not been inspected for a decade, and the repair back-
            log has grown every year since the budget was cut by a third. The
            chairman called the findings alarming.
            """;
        assertThat(ParagraphJoiner.paragraphs(text)).singleElement().asString().contains(" backlog has grown ");
    }

    @Test
    void keepsTheLinesOfALineOrientedDumpApart() {
        String dump = """
            Home
            News
            Sport
            Weather
            Contact
            The ferry company will run fewer crossings between the harbour and the island from the first week of November.
            Share this article
            """;
        assertThat(ParagraphJoiner.paragraphs(dump)).hasSize(7);
    }

    @Test
    void keepsShortLinesThatCouldHaveHeldTheNextWordApart() {
        String letter = WRAPPED + """

            Best wishes,
            Alex Morgan
            Secretary of the Residents' Association
            """;
        assertThat(ParagraphJoiner.paragraphs(letter)).endsWith("Best wishes,", "Alex Morgan",
            "Secretary of the Residents' Association");
    }

    @Test
    void startsANewParagraphAtAListItem() {
        String text = WRAPPED + """

            The plan asks the council to do three things before the pool closes for good:
            - keep the changing rooms open for the school until the new centre opens,
            - run a free bus from the estate to the leisure centre on weekday mornings,
            - and report back to the members on the cost of both by the end of March.
            """;
        List<String> paragraphs = ParagraphJoiner.paragraphs(text);
        assertThat(paragraphs).hasSize(6);
        assertThat(paragraphs.get(3)).startsWith("- keep");
    }

    @Test
    void breaksLinesAtCrLfCrLfAndFormFeedLikeTheRegularExpressionItReplacesAndStripsThem() {
        for (String text : new String[] {"", "one", "one\n", "\n", "a\r\nb", "a\r\r\nb", "a\n\rb", "a\fb\f",
            "a\rb\r", "\r\n\r\n", "a\u2028b\u0085c", "end\r", "  indented \t\n\t b \u3000", " \u00a0x\u00a0 "}) {
            String[] expected = Arrays.stream(text.split("\r\n|\r|\n|\f", -1)).map(String::strip).toArray(String[]::new);
            assertThat(ParagraphJoiner.lines(text)).as(text).containsExactly(expected);
        }
    }
}
