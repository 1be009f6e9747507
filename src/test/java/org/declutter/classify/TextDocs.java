package org.declutter.classify;

import java.util.ArrayList;
import java.util.List;
import org.declutter.parse.Page;
import org.declutter.parse.TextParser;
import org.declutter.segment.Segmenter;
import org.declutter.source.Content;
import org.declutter.source.MediaKind;

/** Builds block documents from plain text for the filter tests. */
final class TextDocs {

    private TextDocs() {
    }

    static BlockDocument of(String text) {
        Page page = new TextParser().parse(new Content("test.txt", MediaKind.TEXT, text, null, null));
        return new BlockDocument(page, new Segmenter().segment(page));
    }

    /** The texts of the blocks still kept, in order. */
    static List<String> kept(BlockDocument doc) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (doc.kept(i)) {
                kept.add(doc.block(i).text());
            }
        }
        return kept;
    }
}
