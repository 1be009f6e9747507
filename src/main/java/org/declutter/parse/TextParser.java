package org.declutter.parse;

import java.util.List;
import org.declutter.source.Content;
import org.jsoup.nodes.Document;

/**
 * Parses plain text into a document with one {@code <p>} per paragraph. Paragraphs are separated
 * by blank lines; inside a blank-line block, {@link ParagraphJoiner} decides whether the lines are
 * a wrapped paragraph or separate lines of a line-oriented dump.
 */
public final class TextParser implements Parser {

    @Override
    public Page parse(Content content) {
        List<String> paragraphs = ParagraphJoiner.paragraphs(content.text());
        Document dom = Document.createShell(content.url() == null ? "" : content.url());
        for (String paragraph : paragraphs) {
            dom.body().appendElement("p").text(paragraph);
        }
        return new Page(content.name(), dom, false, content.url());
    }
}
