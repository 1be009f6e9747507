package org.declutter.classify;

import java.util.Arrays;
import java.util.List;
import org.declutter.classify.Landmarks.Query;
import org.jsoup.nodes.Element;

/**
 * Reads what a page's markup says about itself: headline, standfirst, author and date from the
 * Open Graph, schema.org and plain meta tags that publishers fill in. Changes no verdict.
 */
final class MetadataFilter implements BlockFilter {

    private static final List<Query> TITLE = queries("meta[property=og:title]", "meta[name=twitter:title]",
        "meta[itemprop=headline]");
    private static final List<Query> DESCRIPTION = queries("meta[property=og:description]", "meta[name=description]",
        "meta[name=twitter:description]");
    private static final List<Query> BYLINE = List.of(Query.of("meta[name=author]"),
        Query.of("[itemprop=name]").inside("[itemprop=author]"), Query.of("[itemprop=author]"), Query.of("[rel=author]"),
        Query.of("meta[property=article:author]"));
    private static final List<Query> DATE = queries("meta[property=article:published_time]", "[itemprop=datePublished]",
        "meta[name=date]", "meta[name=pubdate]", "time[datetime]", "meta[property=og:updated_time]");
    private static final Query H1 = Query.of("h1");

    @Override
    public void apply(BlockDocument doc) {
        if (!doc.page().markup()) {
            return;
        }
        Landmarks landmarks = doc.landmarks();
        Metadata m = doc.metadata()
            .orTitle(first(landmarks, TITLE))
            .orDescription(first(landmarks, DESCRIPTION))
            .orByline(first(landmarks, BYLINE))
            .orDate(first(landmarks, DATE));
        Element h1 = landmarks.first(H1);
        m = m.orTitle(h1 == null ? null : h1.text()).orTitle(doc.page().dom().title());
        doc.metadata(m);
    }

    private static List<Query> queries(String... selectors) {
        return Arrays.stream(selectors).map(Query::of).toList();
    }

    /** The first usable value that the queries find, the first query first. */
    private static String first(Landmarks landmarks, List<Query> queries) {
        for (Query query : queries) {
            Element e = landmarks.first(query);
            if (e == null) {
                continue;
            }
            String value = e.hasAttr("content") ? e.attr("content")
                : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            value = value.strip();
            if (!value.isEmpty() && !value.startsWith("http")) {
                return value;
            }
        }
        return null;
    }
}
