package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.declutter.classify.Landmarks.Query;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LandmarksTest {

    private static final Landmarks PAGE = Landmarks.of(Jsoup.parse("<head><meta name=description content=First>"
        + "<meta property=og:description content=Second></head><body><div itemprop=author><span>By</span>"
        + "<span itemprop=name>Ann Lee</span></div><span itemprop=name>Product</span><h1>Title</h1>"
        + "<p itemprop=articleBody>Text</p></body>"));

    @Test
    void findsTheFirstMatchInDocumentOrder() {
        assertThat(PAGE.first(Query.of("h1")).text()).isEqualTo("Title");
        assertThat(PAGE.first(Query.of("meta[property=og:description], meta[name=description]")).attr("content"))
            .isEqualTo("First");
        assertThat(PAGE.first(Query.of("time[datetime]"))).isNull();
    }

    @Test
    void findsEveryMatch() {
        assertThat(PAGE.all(Query.of("h1, [itemprop=articleBody]"))).extracting(Element::text)
            .containsExactly("Title", "Text");
    }

    @Test
    void matchesInsideAnAncestorOnlyWhenAsked() {
        assertThat(PAGE.all(Query.of("[itemprop=name]"))).hasSize(2);
        assertThat(PAGE.all(Query.of("[itemprop=name]").inside("[itemprop=author]"))).extracting(Element::text)
            .containsExactly("Ann Lee");
    }
}
