package org.declutter.classify;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page's markup says about itself: headline, standfirst, author and date from the
 * Open Graph, schema.org and plain meta tags that publishers fill in. Changes no verdict.
 */
final class MetadataFilter implements BlockFilter {

    private static final String[] TITLE = {"meta[property=og:title]", "meta[name=twitter:title]", "meta[itemprop=headline]"};
    private static final String[] DESCRIPTION = {"meta[property=og:description]", "meta[name=description]",
        "meta[name=twitter:description]"};
    private static final String[] BYLINE = {"meta[name=author]", "[itemprop=author] [itemprop=name]", "[itemprop=author]",
        "[rel=author]", "meta[property=article:author]"};
    private static final String[] DATE = {"meta[property=article:published_time]", "[itemprop=datePublished]",
        "meta[name=date]", "meta[name=pubdate]", "time[datetime]", "meta[property=og:updated_time]"};

    @Override
    public void apply(BlockDocument doc) {
        if (!doc.page().markup()) {
            return;
        }
        Document dom = doc.page().dom();
        Metadata m = doc.metadata()
            .orTitle(first(dom, TITLE))
            .orDescription(first(dom, DESCRIPTION))
            .orByline(first(dom, BYLINE))
            .orDate(first(dom, DATE));
        Element h1 = dom.selectFirst("h1");
        m = m.orTitle(h1 == null ? null : h1.text()).orTitle(dom.title());
        doc.metadata(m);
    }

    private static String first(Document dom, String[] selectors) {
        for (String selector : selectors) {
            Element e = dom.selectFirst(selector);
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
