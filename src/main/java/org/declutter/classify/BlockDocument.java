package org.declutter.classify;

import java.util.Arrays;
import java.util.List;
import org.declutter.parse.Page;
import org.declutter.rules.RuleText;
import org.declutter.segment.Block;
import org.jsoup.nodes.Element;

/**
 * The working state that classification filters share for one document: the page, its blocks, a
 * verdict per block (all kept at the start), the region main-content detection chose, and the
 * metadata found so far. Not thread-safe; one per document.
 */
public final class BlockDocument {

    private static final int PROSE_WORDS = 20;

    private final Page page;
    private final List<Block> blocks;
    private final Verdict[] verdicts;
    /** Each block's text in the form rules look at, made when a filter first asks for it. */
    private final RuleText[] ruleTexts;
    private Element articleRoot;
    private Metadata metadata = Metadata.EMPTY;
    private Landmarks landmarks;
    private double confidence = 1.0;

    /** A document whose blocks are all kept so far. */
    public BlockDocument(Page page, List<Block> blocks) {
        this.page = page;
        this.blocks = List.copyOf(blocks);
        this.verdicts = new Verdict[blocks.size()];
        Arrays.fill(verdicts, Verdict.KEPT);
        this.ruleTexts = new RuleText[blocks.size()];
    }

    /** The parsed page. */
    public Page page() {
        return page;
    }

    /** The blocks, in document order. */
    public List<Block> blocks() {
        return blocks;
    }

    /** Number of blocks. */
    public int size() {
        return blocks.size();
    }

    /** The block at a position. */
    public Block block(int i) {
        return blocks.get(i);
    }

    /**
     * The text of the block at a position in the form rules look at. Made once per block: the rule
     * filter, the plain-text line scorer and the headline filter all ask for it.
     */
    public RuleText ruleText(int i) {
        RuleText text = ruleTexts[i];
        if (text == null) {
            text = RuleText.of(blocks.get(i).text());
            ruleTexts[i] = text;
        }
        return text;
    }

    /** The verdict on the block at a position. */
    public Verdict verdict(int i) {
        return verdicts[i];
    }

    /** Whether the block at a position is still kept. */
    public boolean kept(int i) {
        return verdicts[i].kept();
    }

    /** Decides a block. */
    public void set(int i, Verdict verdict) {
        verdicts[i] = verdict;
    }

    /** The element main-content detection chose as the article, or {@code null}: the whole page. */
    public Element articleRoot() {
        return articleRoot;
    }

    /** Records the element chosen as the article. */
    public void articleRoot(Element root) {
        this.articleRoot = root;
    }

    /** The page's landmarks, gathered on first use; only pages with markup have any worth asking for. */
    Landmarks landmarks() {
        if (landmarks == null) {
            landmarks = Landmarks.of(page.dom());
        }
        return landmarks;
    }

    /** The metadata found so far. */
    public Metadata metadata() {
        return metadata;
    }

    /** Replaces the metadata. */
    public void metadata(Metadata value) {
        this.metadata = value;
    }

    /** How sure main-content detection is that the page holds an article, 0 to 1. */
    public double confidence() {
        return confidence;
    }

    /** Records main-content detection's confidence, 0 to 1. */
    public void confidence(double value) {
        this.confidence = Math.max(0, Math.min(1, value));
    }

    /** The first kept block of running prose, or {@link #size()} when there is none. */
    public int firstProse() {
        for (int i = 0; i < size(); i++) {
            if (kept(i) && isProse(block(i))) {
                return i;
            }
        }
        return size();
    }

    /** The last kept block of running prose, or -1 when there is none. */
    public int lastProse() {
        for (int i = size() - 1; i >= 0; i--) {
            if (kept(i) && isProse(block(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first block with at least twice as many words of kept running prose before it as after
     * it, or {@link #size()} when there is no prose: the article's closing part, where a heading
     * that ends it (comments, a list of sources) stands even when what follows it reads as prose.
     */
    public int closingPart() {
        int total = 0;
        for (int i = 0; i < size(); i++) {
            total += kept(i) && isProse(block(i)) ? block(i).words() : 0;
        }
        int before = 0;
        for (int i = 0; i < size(); i++) {
            int own = kept(i) && isProse(block(i)) ? block(i).words() : 0;
            if (total > 0 && before >= 2 * (total - before - own)) {
                return i;
            }
            before += own;
        }
        return size();
    }

    /**
     * Running prose: a sentence-ending paragraph of at least {@value #PROSE_WORDS} words that is not
     * a heading. Where the first and the last of them stand marks the article's head and tail.
     */
    private static boolean isProse(Block b) {
        return b.words() >= PROSE_WORDS && b.stats().endsSentence() && b.headingLevel() == 0;
    }
}
