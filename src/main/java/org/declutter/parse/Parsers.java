package org.declutter.parse;

import org.declutter.source.Content;
import org.declutter.source.InputException;

/** Picks the parser for a content's kind; the single entry point of the parse stage. */
public final class Parsers {

    private final Parser html = new HtmlParser();
    private final Parser text = new TextParser();

    /** Parses read content into a page, its tree no deeper than {@link DepthLimit#MAX_DEPTH} levels. */
    public Page parse(Content content) throws InputException {
        return switch (content.kind()) {
            case HTML -> html.parse(content);
            case TEXT -> text.parse(content);
            case DOCUMENT -> Documents.PARSER.parse(content);
        };
    }

    /**
     * Holds the document parser so that its class, whose exception handlers name Tika's classes,
     * is loaded and verified only when the first document arrives; HTML and text runs load no Tika.
     */
    private static final class Documents {
        static final Parser PARSER = new DocumentParser();
    }
}
