package org.declutter.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    @Test
    void readsATableOfDataARowAtATimeWithItsCellsInTheirColumns() {
        List<Block> rows = blocks("<table><tr><th>Pos</th><th>Team</th><th>Pts</th></tr>"
            + "<tr><td>1</td><td> <a href=x>Harbor <b>City</b></a> </td><td><div>24</div></td></tr>"
            + "<tr><td></td><td colspan=2>Millbrook<br>Foxes</td></tr><tr><td>3</td><td></td><td></td></tr>"
            + "<tr><td> </td><td></td><td></td></tr></table>");
        assertThat(rows).extracting(Block::text)
            .containsExactly("Pos\tTeam\tPts", "1\tHarbor City\t24", "\tMillbrook Foxes", "3");
        assertThat(rows).allMatch(Block::isTableRow);
        assertThat(rows.get(1).linkChars()).isEqualTo("Harbor City".length());
        assertThat(rows.get(0).sameTableAs(rows.get(3))).isTrue();
    }

    @Test
    void keepsCellsUnderTheirHeadersWhateverTheCellsAboveSpan() {
        assertThat(texts("<table><tr><th rowspan=2>Area</th><th colspan=2>Late runs</th></tr>"
            + "<tr><th>2023</th><th>2024</th></tr><tr><td rowspan=2>North</td><td>1</td><td>2</td></tr>"
            + "<tr><td>3</td><td>4</td></tr><tr><td><div>Week</div><div>end</div></td><td>5</td><td>6</td></tr></table>"))
            .containsExactly("Area\tLate runs", "\t2023\t2024", "North\t1\t2", "\t3\t4", "Week end\t5\t6");
    }

    @Test
    void readsATableThatLaysOutAPageACellAtATime() {
        assertThat(blocks("<table><tr><td><p>Story one.</p><p>More.</p></td><td>Menu</td></tr>"
            + "<tr><td>Two</td><td>Three</td></tr><tr><td>Four</td><td>Five</td></tr></table>"))
            .extracting(Block::text, Block::isTableRow)
            .containsExactly(tuple("Story one.", false), tuple("More.", false), tuple("Menu", false),
                tuple("Two", false), tuple("Three", false), tuple("Four", false), tuple("Five", false));
    }

    @Test
    void tellsRowsOfTwoTablesApart() {
        List<Block> rows = blocks("<table><tr><th>A</th><th>B</th></tr></table><p>Between</p>"
            + "<table><tr><th>C</th><th>D</th></tr></table>");
        assertThat(rows.get(0).sameTableAs(rows.get(2))).isFalse();
        assertThat(rows.get(0).sameTableAs(rows.get(1))).isFalse();
    }
}
