package org.declutter.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declutter.parse.Markup;
import org.declutter.rules.Category;
import org.declutter.segment.ClassWords;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Cleans the tree of regions that never hold article text, before the article is looked for:
 * {@code nav}, {@code aside}, {@code footer}, page headers, forms and figures; elements whose ARIA
 * role says navigation, banner and the like; and elements whose class or id words name a
 * boilerplate region (comments, sidebar, share bar, related links ... see {@link RegionWords});
 * and articles nested in an article, which HTML reserves for comments and related stories.
 * Every block inside such a region is removed with the region's category and a rule id that says
 * what marked it ({@code region.class-comments}, {@code region.tag-nav}).
 *
 * <p>The article's container is never a region, whatever its words say: an element that holds
 * the page's top heading or its {@code articleBody}, or much of the page's prose, is kept for
 * main-content detection to judge. Comment sections are the exception to the prose test, as a
 * lively thread can be longer than the story.
 */
final class RegionFilter implements BlockFilter {

    private static final Map<String, Category> TAGS = Map.of(
        "nav", Category.of("navigation"), "aside", Category.of("related"), "footer", Category.of("footer"),
        "header", Category.of("navigation"), "form", Category.of("navigation"), "figure", Category.of("caption"),
        "figcaption", Category.of("caption"), "menu", Category.of("navigation"), "dialog", Category.of("advertising"));
    private static final Map<String, Category> ROLES = Map.of(
        "navigation", Category.of("navigation"), "banner", Category.of("navigation"),
        "complementary", Category.of("related"), "contentinfo", Category.of("footer"),
        "search", Category.of("navigation"), "menu", Category.of("navigation"), "menubar", Category.of("navigation"),
        "dialog", Category.of("advertising"), "alertdialog", Category.of("advertising"));
    private static final Category COMMENTS = Category.of("comment-policy");
    private static final Category CAPTION = Category.of("caption");
    private static final Category RELATED = Category.of("related");
    /** What marks the article: its top heading, its body in microdata. */
    private static final Landmarks.Query ARTICLE_MARKERS = Landmarks.Query.of("h1, [itemprop=articleBody]");
    /** What makes a figure content rather than an illustration: a table, a quotation, code, a list. */
    private static final CssSelector FIGURE_CONTENT = new CssSelector("table, blockquote, pre, ol, ul");
    /** What a nav holds when it is a widget's list of answers rather than links. */
    private static final CssSelector PARAGRAPHS = new CssSelector("p");
    /** What makes the lines under a picture a card or a teaser rather than its caption. */
    private static final CssSelector HEADINGS = new CssSelector("h1, h2, h3, h4, h5, h6");
    /** The most words of a caption, its credit and the like under a picture without figure markup. */
    private static final int MAX_CAPTION_WORDS = 50;
    /** A region holding more than this share of the page's prose is more likely the article. */
    private static final double MAX_PROSE_SHARE = 0.4;

    @Override
    public void apply(BlockDocument doc) {
        if (!doc.page().markup() || doc.size() == 0) {
            return;
        }
        ElementTally tally = ElementTally.of(doc, i -> true);
        Set<Element> shielded = shielded(doc);
        Map<Element, Verdict> regions = new IdentityHashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            if (doc.kept(i)) {
                Verdict v = region(doc.block(i).element(), regions, tally, shielded);
                if (!v.kept()) {
                    doc.set(i, v);
                }
            }
        }
    }

    /**
     * The verdict of the innermost region that holds an element: its own when it marks a region,
     * else its parent's. Remembered for every element on the way up, so blocks that share
     * ancestors decide each ancestor once and look it up once.
     */
    private static Verdict region(Element element, Map<Element, Verdict> regions, ElementTally tally,
                                  Set<Element> shielded) {
        List<Element> unmarked = new ArrayList<>();
        Verdict verdict = Verdict.KEPT;
        for (Element e = element; e != null && !isRoot(e); e = e.parent()) {
            Verdict known = regions.get(e);
            if (known != null) {
                verdict = known;
                break;
            }
            Verdict own = decide(e, tally, shielded);
            if (!own.kept()) {
                regions.put(e, own);
                verdict = own;
                break;
            }
            unmarked.add(e);
        }
        for (Element e : unmarked) {
            regions.put(e, verdict);
        }
        return verdict;
    }

    private static boolean isRoot(Element e) {
        String tag = e.normalName();
        return tag.equals("body") || tag.equals("html");
    }

    /** The elements that hold the article's heading or body, and all their ancestors. */
    private static Set<Element> shielded(BlockDocument doc) {
        Set<Element> shielded = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element marker : doc.landmarks().all(ARTICLE_MARKERS)) {
            Element e = marker;
            while (e != null && shielded.add(e)) {
                e = e.parent();
            }
        }
        return shielded;
    }

    private static Verdict decide(Element e, ElementTally tally, Set<Element> shielded) {
        if (shielded.contains(e)) {
            return Verdict.KEPT;
        }
        Verdict v = byMarkup(e);
        if (v.kept()) {
            return isBareFigure(e, tally) ? Verdict.removed(CAPTION, "region.bare-figure") : v;
        }
        ElementTally.Counts c = tally.of(e);
        // A nav element that holds paragraphs of running prose is a widget's list, not navigation:
        // dropdown components write the answers of a FAQ into one. (A breadcrumb may end with a long
        // headline, but not in a paragraph.)
        if (e.normalName().equals("nav") && c.proseWords > 0 && e.selectFirst(PARAGRAPHS.evaluator()) != null) {
            return Verdict.KEPT;
        }
        return holdsMuchOfTheProse(c, tally) && !COMMENTS.equals(v.category()) ? Verdict.KEPT : v;
    }

    /** Whether an element holds more of the page's prose than a region would: more likely the article. */
    private static boolean holdsMuchOfTheProse(ElementTally.Counts c, ElementTally tally) {
        return c.proseWords > MAX_PROSE_SHARE * tally.totalProseWords();
    }

    /**
     * Whether an element is a figure written without figure markup: a plain container ({@code div},
     * {@code span}, a layout table's cell) that holds an image first, then a few short lines and
     * nothing else, as photo essays, travel blogs and older sites put a caption, a credit or the
     * camera's settings under a picture; never much of the page's prose (a brief with its photo).
     * Not when the image has a figure element of its own (then the text beside it is a media
     * object's: a rating, a testimonial's name) or when the lines include a heading (a card or a
     * teaser); a quotation or a paragraph that opens with an image is no container here.
     */
    private static boolean isBareFigure(Element e, ElementTally tally) {
        String tag = e.normalName();
        // jsoup's childrenSize() builds a list of the children: asked of every element, that costs.
        Element first = (tag.equals("div") || tag.equals("span") || tag.equals("td")) ? e.firstElementChild() : null;
        if (first == null || first.nextElementSibling() == null || !isImage(first)) {
            return false;
        }
        ElementTally.Counts c = tally.of(e);
        return c.words > 0 && c.words <= MAX_CAPTION_WORDS && !holdsMuchOfTheProse(c, tally) && !hasOwnText(e)
            && e.selectFirst(HEADINGS.evaluator()) == null;
    }

    /** An image, alone or as the only thing in a wrapper that is not a figure of its own. */
    private static boolean isImage(Element e) {
        String tag = e.normalName();
        if (tag.equals("img") || tag.equals("picture")) {
            return true;
        }
        Element only = e.firstElementChild();
        return only != null && only.nextElementSibling() == null && !tag.equals("figure") && isImage(only) && !hasOwnText(e);
    }

    private static boolean hasOwnText(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode text && !text.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an article element sits inside another: HTML gives nested articles to content related
     * to the outer one, such as readers' comments and teasers of other stories.
     */
    private static boolean hasArticleAncestor(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    private static Verdict byMarkup(Element e) {
        String tag = e.normalName();
        Category category = TAGS.get(tag);
        if (category != null && !(tag.equals("figure") && e.selectFirst(FIGURE_CONTENT.evaluator()) != null)
            && !(tag.equals("header") && hasArticleAncestor(e))) {
            return Verdict.removed(category, "region.tag-" + tag);
        }
        if (tag.equals("article") && hasArticleAncestor(e)) {
            return Verdict.removed(RELATED, "region.nested-article");
        }
        String role = Markup.attr(e, "role");
        category = ROLES.get(role);
        if (category != null) {
            return Verdict.removed(category, "region.role-" + role);
        }
        ByClassWords words = new ByClassWords();
        ClassWords.visit(e, words);
        // An embedded post is content, whatever its wrapper says; its caption is still a caption.
        if (words.embedded && !CAPTION.equals(words.verdict.category())) {
            return Verdict.KEPT;
        }
        return words.verdict;
    }

    /** The verdict an element's class and id words give, read word by word without making strings of them. */
    private static final class ByClassWords implements ClassWords.Visitor {
        Verdict verdict = Verdict.KEPT;
        boolean embedded;

        @Override
        public void visit(String attribute, int start, int end, boolean lower) {
            Category category = RegionWords.category(attribute, start, end, lower);
            if (RegionWords.CONTENT.equals(category)) {
                embedded = true;
            } else if (category != null && (verdict.kept() || CAPTION.equals(category))) {
                verdict = Verdict.removed(category, "region.class-" + ClassWords.word(attribute, start, end, lower));
            }
        }
    }
}
