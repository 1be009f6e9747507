package org.declutter.classify;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.declutter.segment.Block;
import org.jsoup.nodes.Element;

/**
 * Text measures of every element, summed from the blocks inside it in one pass. Replaces repeated
 * {@code element.text()} calls on big subtrees, which would cost time quadratic in the page's size.
 *
 * <p>A block's counts are not carried up through all its ancestors one by one. The pass keeps the
 * chain of elements from the root to the last block's element, adds each block to the innermost
 * one, and hands an element's sums on to its parent when the pass leaves it; consecutive blocks
 * share most of their ancestors, so each element is entered about once rather than once per block.
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

        private void add(Counts other) {
            chars += other.chars;
            linkChars += other.linkChars;
            words += other.words;
            proseWords += other.proseWords;
        }
    }

    /** An element the pass is inside: its sums, and what its blocks added since it was entered. */
    private record Open(Element element, Counts total, Counts added) {
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();
    /** The elements the pass is inside, the root first. */
    private final List<Open> chain = new ArrayList<>();
    /** The ancestry of the block being counted, innermost first; reused for every block. */
    private final List<Element> ancestry = new ArrayList<>();
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
            Counts added = tally.enter(b.element());
            added.chars += b.text().length();
            added.linkChars += b.linkChars();
            added.words += b.words();
            added.proseWords += prose;
        }
        while (!tally.chain.isEmpty()) {
            tally.leave();
        }
        return tally;
    }

    /**
     * Makes the chain end at {@code e}: leaves the elements that do not hold it and enters the rest
     * of its ancestry. Returns what the blocks of {@code e} add to.
     */
    private Counts enter(Element e) {
        ancestry.clear();
        for (Element at = e; at != null; at = at.parent()) {
            ancestry.add(at);
        }
        int depth = ancestry.size();
        int shared = 0;
        while (shared < chain.size() && shared < depth && chain.get(shared).element() == ancestry.get(depth - 1 - shared)) {
            shared++;
        }
        while (chain.size() > shared) {
            leave();
        }
        for (int k = depth - 1 - shared; k >= 0; k--) {
            Element element = ancestry.get(k);
            chain.add(new Open(element, counts.computeIfAbsent(element, x -> new Counts()), new Counts()));
        }
        return chain.get(chain.size() - 1).added();
    }

    /** Leaves the innermost element: what its blocks added becomes its own and its parent's. */
    private void leave() {
        Open left = chain.remove(chain.size() - 1);
        left.total().add(left.added());
        if (!chain.isEmpty()) {
            chain.get(chain.size() - 1).added().add(left.added());
        }
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
