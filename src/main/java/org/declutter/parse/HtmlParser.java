package org.declutter.parse;

import org.declutter.source.Content;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Parses HTML straight through jsoup, keeping every class, id and layout element. */
public final class HtmlParser implements Parser {

    @Override
    public Page parse(Content content) {
        String base = content.url() == null ? "" : content.url();
        Document dom = Jsoup.parse(content.text(), base);
        return new Page(content.name(), dom, true, content.url());
    }
}
