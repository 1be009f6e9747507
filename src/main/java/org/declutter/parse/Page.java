package org.declutter.parse;

import java.util.Objects;
import org.jsoup.nodes.Document;

/**
 * A parsed input: one jsoup document, whatever the input format was.
 *
 * @param name the source's name
 * @param dom the document tree
 * @param markup whether the tree carries a page's own markup (HTML), whose structure and class
 *     names tell boilerplate apart; {@code false} for trees built from plain text or documents,
 *     where only the text itself carries signal
 * @param url the page's address when known, else {@code null}
 */
public record Page(String name, Document dom, boolean markup, String url) {

    public Page {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dom, "dom");
    }
}
