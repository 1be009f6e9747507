package org.declutter.source;

/**
 * The three ways declutter reads an input: as an HTML page, as plain text, or as a document that
 * Apache Tika turns into structured text (PDF, Office, OpenDocument, RTF, EPUB and the rest).
 */
public enum MediaKind {
    /** An HTML or XHTML page, parsed by jsoup with its full markup. */
    HTML,
    /** Plain text, one paragraph per blank-line-separated block or per line of a line dump. */
    TEXT,
    /** Any other format Tika recognises; parsed by Tika into XHTML. */
    DOCUMENT
}
