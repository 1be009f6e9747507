package org.declutter.parse;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import org.declutter.source.CleanReader;
import org.declutter.source.Content;
import org.jsoup.nodes.Document;

/**
 * Parses HTML straight through jsoup, keeping every class, id and layout element; jsoup reads the
 * page through a {@link CleanReader}, which drops the characters that carry no text and stops when
 * the thread is interrupted, and keeps the tree within {@link DepthLimit#MAX_DEPTH} levels.
 */
public final class HtmlParser implements Parser {

    @Override
    public Page parse(Content content) {
        String base = content.url() == null ? "" : content.url();
        Document dom;
        try {
            dom = DepthLimit.htmlParser().parseInput(new CleanReader(content.text()), base);
        } catch (UncheckedIOException e) {
            // Reading a string fails only when the thread is interrupted (CleanReader).
            throw e.getCause() instanceof InterruptedIOException ? Stopped.by(e) : e;
        }
        return new Page(content.name(), dom, true, content.url());
    }
}
