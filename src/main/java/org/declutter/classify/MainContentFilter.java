package org.declutter.classify;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.declutter.rules.Category;
import org.declutter.segment.Block;
import org.declutter.segment.ClassWords;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a page of markup, in the manner of Readability: every paragraph of prose
 * gives points to its parent and, fading, to its ancestors; class and id words that say article or
 * boilerplate raise or lower an element's points; the element with the most points, together with
 * siblings that score well, is the article. Blocks outside it are removed as
 * {@link Category#OUTSIDE_ARTICLE}. When the chosen region holds too little of the page's prose,
 * the whole page is kept and left to the rules.
 */
final class MainContentFilter implements BlockFilter {

    static final String RULE = "main-content.outside";

    private static final Set<String> POSITIVE = Set.of("article", "body", "content", "entry", "main", "page", "post",
        "text", "blog", "story", "prose", "news");
    private static final Set<String> NEGATIVE = Set.of("comment", "comments", "meta", "footer", "footnote", "related",
        "share", "sharing", "social", "sidebar", "widget", "nav", "menu", "promo", "sponsored", "ad", "ads", "banner",
        "masthead", "popup", "newsletter", "recommended", "teaser", "breadcrumb", "breadcrumbs", "tags", "author");
    private static final int LEVELS = 5;
    private static final double MIN_SHARE_OF_PROSE = 0.3;

    @Override
    public void apply(BlockDocument doc) {
        if (!doc.page().markup() || doc.size() == 0) {
            return;
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        double totalProse = 0;
        for (Block b : doc.blocks()) {
            double score = proseScore(b);
            if (score <= 0) {
                continue;
            }
            totalProse += b.words();
            Element e = b.element();
            for (int level = 0; level < LEVELS && e != null; level++, e = e.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(e, score / divider, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        Map<Element, Double> weighted = new HashMap<>();
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            Element e = entry.getKey();
            double s = (entry.getValue() + classWeight(e)) * (1 - linkDensity(e));
            weighted.put(e, s);
            if (s > bestScore) {
                bestScore = s;
                best = e;
            }
        }
        if (best == null) {
            doc.confidence(0);
            return;
        }
        // A lone paragraph wins over its container only when it is the whole story; climb to a
        // parent that holds the paragraphs around it.
        while (best.parent() != null && isParagraph(best)) {
            best = best.parent();
        }
        Element root = best;
        double keptWords = 0;
        for (Block b : doc.blocks()) {
            if (inside(b.element(), root) && proseScore(b) > 0) {
                keptWords += b.words();
            }
        }
        if (totalProse > 0 && keptWords / totalProse < MIN_SHARE_OF_PROSE) {
            doc.confidence(keptWords / totalProse);
            return;
        }
        doc.articleRoot(root);
        doc.confidence(Math.min(1, keptWords / 150));
        for (int i = 0; i < doc.size(); i++) {
            if (!inside(doc.block(i).element(), root)) {
                doc.set(i, Verdict.removed(Category.OUTSIDE_ARTICLE, RULE));
            }
        }
    }

    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        return tag.equals("p") || tag.equals("pre") || tag.equals("blockquote") || tag.equals("li") || tag.equals("td");
    }

    /** Points for running prose: nothing for short or link-heavy blocks. */
    static double proseScore(Block b) {
        if (b.words() < 8 || b.linkDensity() > 0.4 || b.headingLevel() > 0) {
            return 0;
        }
        int commas = 0;
        for (int i = 0; i < b.text().length(); i++) {
            char c = b.text().charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                commas++;
            }
        }
        return 1 + commas + Math.min(3, b.text().length() / 100.0) + (b.stats().endsSentence() ? 1 : 0);
    }

    private static double classWeight(Element e) {
        double weight = 0;
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main") || "articleBody".equals(e.attr("itemprop"))) {
            weight += 25;
        }
        for (String word : ClassWords.of(e)) {
            if (POSITIVE.contains(word)) {
                weight += 25;
                break;
            }
        }
        for (String word : ClassWords.of(e)) {
            if (NEGATIVE.contains(word)) {
                weight -= 25;
                break;
            }
        }
        return weight;
    }

    private static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / all);
    }

    static boolean inside(Element e, Element root) {
        for (Element x = e; x != null; x = x.parent()) {
            if (x == root) {
                return true;
            }
        }
        return false;
    }
}
