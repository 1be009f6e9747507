package org.declutter.parse;

import org.declutter.source.Content;
import org.declutter.source.InputException;

/** Picks the parser for a content's kind; the single entry point of the parse stage. */
public final class Parsers {

    private final Parser html = new HtmlParser();
    private final Parser text = new TextParser();
    private final Parser document = new DocumentParser();

    /** Parses read content into a page. */
    public Page parse(Content content) throws InputException {
        return switch (content.kind()) {
            case HTML -> html.parse(content);
            case TEXT -> text.parse(content);
            case DOCUMENT -> document.parse(content);
        };
    }
}
