package org.declutter.segment;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Tells a table of data (standings, prices, results, a timetable) from a table that lays a page
 * out. A row of data reads as one line, its cells side by side; a layout table's cells are
 * columns of a page, each holding paragraphs of its own. The tests are Readability's, which
 * browsers' reader views have applied to the web for years: markup that only data tables carry
 * ({@code <th>}, {@code <thead>}, {@code <caption>}, ...) or a size no layout grid has; plus one of
 * ours: no cell holds a paragraph, list, heading or table of its own, which no row of data does.
 */
final class DataTables {

    /** Elements only a table of data has a use for. */
    private static final Set<String> DATA_MARKUP = Set.of("th", "thead", "tfoot", "colgroup", "caption");
    /** Content no cell of a data table holds: a cell that does is a column of the page. */
    private static final Set<String> LAYOUT_CONTENT = Set.of(
        "table", "p", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "form",
        "article", "section", "aside", "nav", "header", "footer", "main", "figure", "hr", "iframe");
    /** A table this long, or this wide, holds data. */
    private static final int DATA_ROWS = 10;
    private static final int DATA_COLUMNS = 5;
    /** Cells (rows times columns) past which a table holds data. */
    private static final int DATA_CELLS = 10;

    private DataTables() {
    }

    /** Whether {@code table} holds data, to be read row by row. */
    static boolean isData(Element table) {
        if (table.attr("role").equalsIgnoreCase("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        Survey survey = new Survey(table);
        NodeTraversor.filter(survey, table);
        if (survey.layout || survey.columns < 2) {
            return false; // one column reads the same either way
        }
        return survey.dataMarkup || survey.rows >= DATA_ROWS || survey.columns >= DATA_COLUMNS
            || survey.rows * survey.columns > DATA_CELLS;
    }

    /**
     * What a walk over a table finds. It stops at the first sign of layout: a table that lays out a
     * whole page is not walked twice.
     */
    private static final class Survey implements NodeFilter {
        private final Element table;
        boolean layout;
        boolean dataMarkup;
        int rows;
        int columns;

        Survey(Element table) {
            this.table = table;
            dataMarkup = table.hasAttr("summary");
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || e == table) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (LAYOUT_CONTENT.contains(tag)) {
                layout = true;
                return FilterResult.STOP;
            }
            dataMarkup |= DATA_MARKUP.contains(tag);
            if (tag.equals("tr")) {
                rows++;
                columns = Math.max(columns, cells(e));
            }
            return FilterResult.CONTINUE;
        }
    }

    /** The columns a row spans. */
    private static int cells(Element row) {
        int columns = 0;
        for (Element cell : row.children()) {
            if (isCell(cell)) {
                columns += span(cell, "colspan");
            }
        }
        return columns;
    }

    /** Whether the element is a cell of a row. */
    static boolean isCell(Element e) {
        String tag = e.normalName();
        return tag.equals("td") || tag.equals("th");
    }

    /** How many columns or rows a cell spans: its {@code colspan} or {@code rowspan}, 1 to 100, else 1. */
    static int span(Element cell, String attribute) {
        String value = cell.attr(attribute).strip();
        if (value.isEmpty() || value.length() > 3) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(100, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
