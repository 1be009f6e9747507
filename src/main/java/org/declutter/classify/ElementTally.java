package org.declutter.classify;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import org.declutter.segment.Block;
import org.jsoup.nodes.Element;

/**
 * Text measures of every element, summed from the blocks inside it in one pass: each block adds
 * its counts to its element and all ancestors. Replaces repeated {@code element.text()} calls on
 * big subtrees, which would cost time quadratic in the page's size.
 */
final class ElementTally {

    /** The sums for one element. */
    static final class Counts {
        int chars;
        int linkChars;
        int words;
        int proseWords;

        /** Share of the text that is link text, 0 to 1. */
        double linkDensity() {
            return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
        }
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    private int totalProseWords;

    private ElementTally() {
    }

    /** Sums the blocks of a document that {@code include} accepts, by index. */
    static ElementTally of(BlockDocument doc, IntPredicate include) {
        ElementTally tally = new ElementTally();
        for (int i = 0; i < doc.size(); i++) {
            if (!include.test(i)) {
                continue;
            }
            Block b = doc.block(i);
            int prose = MainContentFilter.proseScore(b) > 0 ? b.words() : 0;
            tally.totalProseWords += prose;
            for (Element e = b.element(); e != null; e = e.parent()) {
                Counts c = tally.counts.computeIfAbsent(e, k -> new Counts());
                c.chars += b.text().length();
                c.linkChars += b.linkChars();
                c.words += b.words();
                c.proseWords += prose;
            }
        }
        return tally;
    }

    /** The sums for an element; all zero when no counted block is inside it. */
    Counts of(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    /** Words of running prose in all counted blocks. */
    int totalProseWords() {
        return totalProseWords;
    }
}
