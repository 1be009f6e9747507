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
            case DOCUMENT -> documents().parse(content);
        };
    }

    /**
     * The document parser, or the reason there is none: Tika ships in a jar of its own
     * ({@code declutter-documents.jar}), and a command-line jar copied or run without it can still
     * clean HTML and text.
     */
    private static Parser documents() throws InputException {
        try {
            return Documents.PARSER;
        } catch (NoClassDefFoundError e) {
            throw new InputException("reading documents needs Apache Tika, which is not on the class path "
                + "(declutter-documents.jar beside declutter.jar)", e);
        }
    }

    /**
     * Holds the document parser so that its class, whose exception handlers name Tika's classes,
     * is loaded and verified only when the first document arrives; HTML and text runs load no Tika.
     */
    private static final class Documents {
        static final Parser PARSER = new DocumentParser();
    }
}
