package org.declutter.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DepthLimitTest {

    private static Document parse(String html) {
        return DepthLimit.htmlParser().parseInput(html, "");
    }

    @Test
    void keepsADeepTreeWithinTheLimitWithItsTextInOrder() {
        int depth = 10_000;
        Document dom = parse("<div>".repeat(depth) + "<p>One.</p><p>Two <a href=x>link</a>.</p>" + "</div>".repeat(depth));
        assertThat(maxDepth(dom)).isLessThanOrEqualTo(DepthLimit.MAX_DEPTH);
        assertThat(dom.select("p").first().text()).isEqualTo("One.");
        assertThat(dom.body().text()).isEqualTo("One. Two link.");
    }

    @Test
    void parsesShallowTreesAsJsoupDoes() {
        String html = "<article><h1>T</h1><p>One <b>bold</b>.</p><ul><li><a href=x>a</a></li></ul></article>";
        assertThat(parse(html).outerHtml()).isEqualTo(Jsoup.parse(html).outerHtml());
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
