package org.declutter.classify;

import java.net.URI;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.declutter.rules.Category;
import org.declutter.rules.Rule;
import org.declutter.rules.RuleIndex;
import org.declutter.rules.RuleSet;
import org.declutter.rules.RuleText;
import org.declutter.segment.Block;
import org.declutter.segment.ClassWords;
import org.jsoup.nodes.Element;

/**
 * Applies the rule sets to the blocks still kept: the first rule that matches a block decides it.
 * A {@code drop-rest} rule also removes every block after the match. Rules limited to a site apply
 * only when the page's address (given, canonical or {@code og:url}) is on that site.
 */
final class RuleFilter implements BlockFilter {

    /** Where a page gives its own address; both are landmarks, so no walk of the whole tree is needed. */
    private static final Landmarks.Query PAGE_ADDRESS =
        Landmarks.Query.of("link[rel=canonical][href], meta[property=og:url][content]");

    private final List<Rule> rules;
    private final RuleIndex index;
    /** The categories whose rules are not applied. */
    private final Set<Category> keep;

    /** A filter of these rules but those of the categories in {@code keep}. */
    RuleFilter(RuleSet rules, Set<Category> keep) {
        this.rules = rules.rules();
        this.index = rules.index();
        this.keep = Set.copyOf(keep);
    }

    /** A filter of all these rules. */
    RuleFilter(RuleSet rules) {
        this(rules, Set.of());
    }

    @Override
    public void apply(BlockDocument doc) {
        String host = host(doc);
        BitSet anywhere = new BitSet(rules.size());
        BitSet placed = new BitSet(rules.size());
        // Most article paragraphs are longer than any rule may match: they need no normalising.
        int maxWords = -1;
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (rule.appliesTo(host) && !keep.contains(rule.category())) {
                (rule.where() == Rule.Where.ANY ? anywhere : placed).set(r);
                maxWords = Math.max(maxWords, rule.maxWords());
            }
        }
        // The rules of any place first; then those of the head and the tail, which the prose still
        // kept marks out: a long appeal the first pass removed is no longer the article's last
        // paragraph, and the author's bio above it is in the tail. A comment section that a rule of
        // any place drops leaves the byline above the story to the head rules all the same.
        apply(doc, anywhere, maxWords);
        apply(doc, placed, maxWords);
    }

    /** Applies the rules of {@code active} to the blocks still kept. */
    private void apply(BlockDocument doc, BitSet active, int maxWords) {
        int firstProse = doc.firstProse();
        int lastProse = doc.lastProse();
        // A heading that ends the article may have prose after it (comments, sources): such a
        // heading counts as in the tail from the article's closing part on.
        int closing = Math.min(lastProse < 0 ? doc.size() : lastProse, doc.closingPart());
        Element boundary = doc.articleRoot();
        for (int i = 0; i < doc.size(); i++) {
            Block b = doc.block(i);
            // A row of a table of data is data: "2010 1000 0" is no pagination, "Share | Tweet | Email"
            // in a table of button labels no share bar. A block of code is code: "app --data-dir /var"
            // is no row of topic links.
            if (!doc.kept(i) || b.words() > maxWords || b.isTableRow() || b.element().normalName().equals("pre")) {
                continue;
            }
            RuleText text = doc.ruleText(i);
            BitSet candidates = index.candidates(text);
            candidates.and(active);
            // Only rules with class names look at the class words: most blocks never need them.
            Set<String> words = null;
            for (int r = candidates.nextSetBit(0); r >= 0; r = candidates.nextSetBit(r + 1)) {
                Rule rule = rules.get(r);
                int tail = rule.action() == Rule.Action.DROP_REST ? closing : lastProse;
                if (!inPlace(rule.where(), i, firstProse, tail)) {
                    continue;
                }
                if (words == null && !rule.classNames().isEmpty()) {
                    words = doc.page().markup() ? ClassWords.below(b.element(), boundary) : Set.of();
                }
                Set<String> local = words == null ? Set.of() : words;
                if (!index.matches(r, b, text, local, boundary)) {
                    continue;
                }
                // A quotation of a notice is reporting, and a correction or an update is the article's own.
                if (ReportedSpeech.quotes(rule, b) || isArticleNote(rule, b, local, boundary)) {
                    break;
                }
                Verdict verdict = Verdict.removed(rule.category(), rule.id());
                doc.set(i, verdict);
                if (rule.action() == Rule.Action.DROP_REST) {
                    for (int j = i + 1; j < doc.size(); j++) {
                        if (doc.kept(j)) {
                            doc.set(j, verdict);
                        }
                    }
                    return;
                }
                break;
            }
        }
    }

    /**
     * Whether the block is a note about the article that the rule matched for its label or stamp
     * ("Updated 3.40pm: The company has replied."), not a notice under a note's label ("Update: We've
     * updated our privacy policy."), which the rule matches without its label too.
     */
    private static boolean isArticleNote(Rule rule, Block b, Set<String> words, Element boundary) {
        if (!ArticleNotes.isNote(b.text())) {
            return false;
        }
        String body = ArticleNotes.afterLabel(b.text());
        return body == null || !rule.matches(b, RuleText.of(body), words, boundary);
    }

    private static boolean inPlace(Rule.Where where, int i, int firstProse, int tail) {
        return switch (where) {
            case ANY -> true;
            case HEAD -> i < firstProse;
            case TAIL -> i >= tail;
        };
    }

    private static String host(BlockDocument doc) {
        String url = doc.page().url();
        if (url == null && doc.page().markup()) {
            Element canonical = doc.landmarks().first(PAGE_ADDRESS);
            if (canonical != null) {
                url = canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content");
            }
        }
        if (url == null) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
