package org.declutter.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.declutter.Declutter;
import org.declutter.Result;
import org.declutter.source.InputException;
import org.declutter.source.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The output formats over one small article with a heading, a list and a quote. */
class RenderersTest {

    private static final String PAGE = """
        <html><head><title>Rivers Rise After Week of Storms</title></head><body><article>
        <h1>Rivers Rise After Week of Storms</h1>
        <p>Rivers across the region rose to their highest level in a decade on Monday, after a week of storms that closed roads and schools.</p>
        <h2>What the forecasters expect</h2>
        <p>Forecasters said the water would keep rising until Wednesday, when the rain is expected to ease over most of the valley.</p>
        <ul><li>Three bridges are closed until further notice.</li><li>Shelters have opened in the two largest towns.</li></ul>
        <blockquote><p>We have not seen the river this high since the flood of 2013, and it is still climbing.</p></blockquote>
        <p>Residents near the banks were told to move their cars and valuables to higher ground before nightfall.</p>
        </article></body></html>""";

    private static Result result;

    @BeforeAll
    static void clean() throws InputException {
        result = Declutter.create().clean(Source.ofHtml("rivers.html", PAGE));
    }

    @Test
    void writesTextAsParagraphsSeparatedByABlankLine() {
        String text = new TextRenderer(false).render(result);

        assertThat(text).startsWith("Rivers across the region rose").endsWith("before nightfall.\n")
            .contains("decade on Monday, after a week of storms that closed roads and schools.\n\nWhat the forecasters expect\n\n")
            .doesNotContain("\n\n\n");
    }

    @Test
    void putsTheTitleOnTopWhenAsked() {
        assertThat(new TextRenderer(true).render(result)).startsWith("Rivers Rise After Week of Storms\n\nRivers across");
        assertThat(new MarkdownRenderer(true).render(result)).startsWith("# Rivers Rise After Week of Storms\n\nRivers across");
    }

    @Test
    void withNoBodyTheTitleIsOneLine() throws InputException {
        Result empty = Declutter.create().clean(Source.ofHtml("empty.html",
            "<html><head><title>Council approves the budget</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>"));

        assertThat(new TextRenderer(true).render(empty)).isEqualTo("Council approves the budget\n");
        assertThat(new MarkdownRenderer(true).render(empty)).isEqualTo("# Council approves the budget\n");
        assertThat(new TextRenderer(false).render(empty)).isEmpty();
        assertThat(new MarkdownRenderer(false).render(empty)).isEmpty();
    }

    @Test
    void escapesWhatMarkdownWouldReadAsMarkup() {
        assertThat(MarkdownRenderer.escaped("1. a paragraph\n12) another\n# not a heading\n- nor an item\n> nor a quote"))
            .isEqualTo("1\\. a paragraph\n12\\) another\n\\# not a heading\n\\- nor an item\n\\> nor a quote");
        assertThat(MarkdownRenderer.escaped("an *important* snake_case [link] `tick` <script>alert(1)</script> AT&T \\o/"))
            .isEqualTo("an \\*important\\* snake\\_case \\[link\\] \\`tick\\` \\<script>alert(1)\\</script> AT\\&T \\\\o/");
        assertThat(MarkdownRenderer.escaped("2019. A year, mid-line: 3. and - and # stay")).isEqualTo("2019\\. A year, mid-line: 3. and - and # stay");
    }

    @Test
    void writesMarkdownWithHeadingsListsAndQuotes() {
        String markdown = new MarkdownRenderer(false).render(result);

        assertThat(markdown).contains("\n\n## What the forecasters expect\n\n")
            .contains("\n\n- Three bridges are closed until further notice.\n- Shelters have opened")
            .contains("\n\n> We have not seen the river this high")
            .endsWith("before nightfall.\n");
    }

    @Test
    void numbersTheItemsOfOrderedLists() throws InputException {
        Result recipe = Declutter.create().clean(Source.ofHtml("recipe.html", "<ol>"
            + "<li>Preheat the oven to 200 degrees and butter a large baking dish well.</li>"
            + "<li>Slice the potatoes thinly and layer them in the dish with the cream.</li></ol>"
            + "<p>Bake for an hour, until the top is golden and the potatoes are tender all the way through.</p>"));

        assertThat(new MarkdownRenderer(false).render(recipe)).isEqualTo(
            "1. Preheat the oven to 200 degrees and butter a large baking dish well.\n"
            + "2. Slice the potatoes thinly and layer them in the dish with the cream.\n\n"
            + "Bake for an hour, until the top is golden and the potatoes are tender all the way through.\n");
    }

    @Test
    void writesJsonOnOneLine() {
        String json = new JsonRenderer().render(result);

        assertThat(json).endsWith("}\n").hasLineCount(1);
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        assertThat(o.get("source").getAsString()).isEqualTo("rivers.html");
        assertThat(o.get("title").getAsString()).isEqualTo("Rivers Rise After Week of Storms");
        assertThat(o.get("body").getAsString()).isEqualTo(result.body());
        assertThat(o.get("byline").isJsonNull()).isTrue();
        assertThat(o.getAsJsonArray("removed").get(0).getAsJsonObject().get("category").getAsString()).isEqualTo("headline");
    }

    @Test
    void explainsEveryBlock() {
        String explain = new ExplainRenderer().render(result);

        assertThat(explain.lines()).hasSize(result.blocks().size() + 1);
        assertThat(explain).containsPattern("(?m)^ +0 DROP +headline \\(headline\\.[a-z-]+\\) +h1 \\| Rivers Rise")
            .containsPattern("(?m)^ +1 KEEP +p \\| Rivers across")
            .endsWith("summary: rivers.html: kept " + result.kept().size() + " of " + result.blocks().size()
                + " blocks, headline 1\n");
    }
}
