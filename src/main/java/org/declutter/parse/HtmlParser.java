package org.declutter.parse;

import org.declutter.source.CleanReader;
import org.declutter.source.Content;
import org.jsoup.nodes.Document;

/**
 * Parses HTML straight through jsoup, keeping every class, id and layout element; jsoup reads the
 * page through a {@link CleanReader}, which drops the characters that carry no text, and keeps the
 * tree within {@link DepthLimit#MAX_DEPTH} levels.
 */
public final class HtmlParser implements Parser {

    @Override
    public Page parse(Content content) {
        String base = content.url() == null ? "" : content.url();
        Document dom = DepthLimit.htmlParser().parseInput(new CleanReader(content.text()), base);
        return new Page(content.name(), dom, true, content.url());
    }
}
