package org.declutter.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns the pages Tika marks in a PDF ({@code div.page}) into one flow of paragraphs, as the
 * article was before it was laid out: drops the running heads and feet that repeat at the top or
 * bottom of the pages and bare page numbers, then mends each paragraph that a page break cut in
 * two.
 */
final class PdfPages {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A page number alone: "7", "- 7 -", "Page 7", "7 of 12", "Page 7/12", "p. 7". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
        "[-–— ]*((page|p\\.|seite|página|pagina) ?)?# ?((of|/|von|de|di|sur) ?#)?[-–— ]*", Pattern.CASE_INSENSITIVE);

    private PdfPages() {
    }

    /** Joins the pages of a document in place; a document without pages is left as it is. */
    static void join(Document dom) {
        Elements pages = dom.body().select("div.page");
        if (pages.isEmpty()) {
            return;
        }
        removeFurniture(pages.stream().map(PdfPages::firstParagraph).toList(), pages.size());
        removeFurniture(pages.stream().map(PdfPages::lastParagraph).toList(), pages.size());
        for (int i = 0; i + 1 < pages.size(); i++) {
            Element tail = lastParagraph(pages.get(i));
            Element head = firstParagraph(pages.get(i + 1));
            if (tail != null && head != null && continuesOnNextPage(tail.wholeText().strip(), head.wholeText().strip())) {
                tail.text(tail.wholeText().strip() + "\n" + head.wholeText().strip());
                head.remove();
            }
        }
        pages.unwrap();
    }

    /**
     * Removes, from the top (or bottom) paragraph of every page, the one-line ones that are page
     * numbers or that repeat, numbers aside, on at least half of the pages (two at least).
     */
    private static void removeFurniture(List<Element> edges, int pageCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (Element p : edges) {
            if (p != null && isOneLine(p)) {
                counts.merge(key(p), 1, Integer::sum);
            }
        }
        int repeated = Math.max(2, (pageCount + 1) / 2);
        for (Element p : edges) {
            if (p != null && isOneLine(p)) {
                String key = key(p);
                if (counts.get(key) >= repeated || PAGE_NUMBER.matcher(key).matches()) {
                    p.remove();
                }
            }
        }
    }

    private static boolean isOneLine(Element p) {
        return p.wholeText().strip().indexOf('\n') < 0;
    }

    /** The paragraph's text with its numbers masked, so "Page 3 of 9" repeats as "Page # of #". */
    private static String key(Element p) {
        String text = WHITESPACE.matcher(p.wholeText().strip()).replaceAll(" ");
        return DIGITS.matcher(text).replaceAll("#");
    }

    private static boolean continuesOnNextPage(String tail, String head) {
        char last = tail.charAt(tail.length() - 1);
        return ".!?:;\"”’»)".indexOf(last) < 0 && Character.isLowerCase(head.codePointAt(0));
    }

    private static Element firstParagraph(Element page) {
        for (Element p : page.select("> p")) {
            if (!p.wholeText().isBlank()) {
                return p;
            }
        }
        return null;
    }

    private static Element lastParagraph(Element page) {
        Elements paragraphs = page.select("> p");
        for (int i = paragraphs.size() - 1; i >= 0; i--) {
            if (!paragraphs.get(i).wholeText().isBlank()) {
                return paragraphs.get(i);
            }
        }
        return null;
    }
}
