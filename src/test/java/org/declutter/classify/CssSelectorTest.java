package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Selector;
import org.junit.jupiter.api.Test;

class CssSelectorTest {

    @Test
    void matchesAsJsoupsOwnSelectorDoes() {
        Document page = Jsoup.parse("<figure><img><figcaption>A</figcaption></figure><figure><ul><li>B</ul></figure>");
        CssSelector content = new CssSelector("table, blockquote, pre, ol, ul");

        assertThat(page.select("figure")).extracting(f -> f.selectFirst(content.evaluator()) != null)
            .containsExactly(false, true);
    }

    @Test
    void isParsedOnFirstUseAndOnlyOnce() {
        CssSelector broken = new CssSelector("p[");
        CssSelector heading = new CssSelector("h1");

        assertThatThrownBy(broken::evaluator).isInstanceOf(Selector.SelectorParseException.class);
        assertThat(heading.evaluator()).isSameAs(heading.evaluator());
    }
}
