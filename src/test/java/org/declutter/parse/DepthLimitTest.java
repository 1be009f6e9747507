package org.declutter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DepthLimitTest {

    @Test
    void flattensBelowTheLimitAndKeepsTextOnlyElements() {
        int depth = 10_000;
        Document dom = Jsoup.parse("<div>".repeat(depth) + "<p>One.</p><p>Two <a href=x>link</a>.</p>" + "</div>".repeat(depth));
        DepthLimit.apply(dom);
        assertThat(maxDepth(dom)).isLessThanOrEqualTo(DepthLimit.MAX_DEPTH + 1);
        assertThat(dom.select("p")).extracting(Element::text).containsExactly("One.");
        assertThat(dom.body().text()).startsWith("One.").endsWith("Two link.");
    }

    @Test
    void leavesShallowTreesAlone() {
        Document dom = Jsoup.parse("<article><h1>T</h1><p>One <b>bold</b>.</p></article>");
        String before = dom.outerHtml();
        DepthLimit.apply(dom);
        assertThat(dom.outerHtml()).isEqualTo(before);
    }

    private static int maxDepth(Element root) {
        int max = 0;
        for (Element e : root.getAllElements()) {
            int d = 0;
            for (Element p = e.parent(); p != null; p = p.parent()) {
                d++;
            }
            max = Math.max(max, d);
        }
        return max;
    }
}
