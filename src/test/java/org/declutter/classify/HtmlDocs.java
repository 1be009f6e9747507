package org.declutter.classify;

import org.declutter.parse.Page;
import org.declutter.segment.Segmenter;
import org.jsoup.Jsoup;

/** Builds block documents from HTML snippets for the filter tests. */
final class HtmlDocs {

    private HtmlDocs() {
    }

    static BlockDocument of(String html) {
        Page page = new Page("test.html", Jsoup.parse(html), true, null);
        return new BlockDocument(page, new Segmenter().segment(page));
    }

    /** The index of the first block whose text starts with {@code start}. */
    static int find(BlockDocument doc, String start) {
        for (int i = 0; i < doc.size(); i++) {
            if (doc.block(i).text().startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no block starts with " + start);
    }
}
