package org.declutter.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DataTablesTest {

    private static boolean isData(String table) {
        return DataTables.isData(Jsoup.parse(table).selectFirst("table"));
    }

    private static String grid(int rows, int columns) {
        StringBuilder html = new StringBuilder("<table>");
        for (int r = 0; r < rows; r++) {
            html.append("<tr>").append("<td>x</td>".repeat(columns)).append("</tr>");
        }
        return html.append("</table>").toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>40</td></tr></table>",
        "<table><caption>Prices</caption><tr><td>Tea</td><td>2</td></tr></table>",
        "<table summary='Prices'><tr><td>Tea</td><td>2</td></tr></table>",
        "<table><thead><tr><td>Name</td><td>Age</td></tr></thead></table>",
        "<table><tr><td><div><span>Ann</span></div></td><td>40<br>years</td></tr><tr><th>B</th><th>C</th></tr></table>",
    })
    void markupOnlyDataHasMakesATableOfData(String table) {
        assertThat(isData(table)).isTrue();
    }

    @Test
    void sizeNoLayoutGridHasMakesATableOfData() {
        assertThat(isData(grid(10, 2))).isTrue();
        assertThat(isData(grid(1, 5))).isTrue();
        assertThat(isData(grid(4, 3))).isTrue();
        assertThat(isData(grid(3, 3))).isFalse();
        assertThat(isData(grid(12, 1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<table role=presentation><tr><th>A</th><th>B</th></tr></table>",
        "<table datatable=0><tr><th>A</th><th>B</th></tr></table>",
        "<table><tr><th>A</th><td><p>A story's paragraph.</p></td></tr></table>",
        "<table><tr><th>A</th><td><ul><li>Home</li></ul></td></tr></table>",
        "<table><tr><th>A</th><td><table><tr><td>Inner</td></tr></table></td></tr></table>",
    })
    void aCellThatHoldsBlocksOrAPresentationRoleMakesALayoutTable(String table) {
        assertThat(isData(table)).isFalse();
    }

    @Test
    void aCellSpansTheColumnsItsColspanSaysWithinReason() {
        var cells = Jsoup.parse("<table><tr><td colspan=3>a</td><td colspan=x>b</td><td colspan=5000>c</td></tr></table>")
            .select("td");
        assertThat(cells).extracting(cell -> DataTables.span(cell, "colspan")).containsExactly(3, 1, 1);
    }
}
