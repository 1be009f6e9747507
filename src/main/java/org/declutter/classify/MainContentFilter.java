package org.declutter.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declutter.rules.Category;
import org.declutter.segment.Block;
import org.declutter.segment.ClassWords;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a page of markup, in the manner of Readability: every paragraph of prose
 * gives points to its parent and, fading, to its ancestors; tag names and class and id words that
 * say article or boilerplate raise or lower an element's points, link text lowers them. The best
 * element is then widened to an ancestor that several near-best candidates share (an article split
 * into sections), extended to ancestors that add mostly prose, and joined by siblings that score
 * well or read as paragraphs and by same-class cousins (chunks of one article in layout rows).
 * Points are summed from precomputed {@link ElementTally tallies}, never from subtree texts.
 * Blocks outside the region are removed as {@link Category#OUTSIDE_ARTICLE}. When the chosen region holds too little of the
 * page's prose, the whole page is kept and left to the other filters.
 */
final class MainContentFilter implements BlockFilter {

    /** The parts of a table that are never an article by themselves. */
    private static final Set<String> TABLE_PARTS = Set.of("thead", "tbody", "tfoot", "tr");

    static final String RULE = "main-content.outside";

    private static final Set<String> POSITIVE = Set.of("article", "body", "content", "entry", "main", "page", "post",
        "text", "blog", "story", "prose", "news");
    private static final int LEVELS = 5;
    private static final int TOP = 5;
    private static final double MIN_SHARE_OF_PROSE = 0.3;
    private static final double EXTEND_PROSE_SHARE = 0.7;
    private static final double EXTEND_LINK_SHARE = 0.2;
    private static final int EXTEND_MIN_WORDS = 80;
    private static final double EXTEND_MIN_SHARE = 0.15;

    @Override
    public void apply(BlockDocument doc) {
        if (!doc.page().markup() || doc.size() == 0) {
            return;
        }
        ElementTally tally = ElementTally.of(doc, doc::kept);
        Map<Element, Double> scores = scores(doc, tally);
        List<Element> top = top(scores);
        if (top.isEmpty()) {
            doc.confidence(0);
            return;
        }
        Element best = wholeTable(extend(widen(top, scores), tally));
        List<Element> roots = withSiblings(best, scores, tally);
        roots.addAll(twins(best, scores));
        double keptWords = 0;
        for (Element root : roots) {
            keptWords += tally.of(root).proseWords;
        }
        double totalProse = tally.totalProseWords();
        if (totalProse > 0 && keptWords / totalProse < MIN_SHARE_OF_PROSE) {
            doc.confidence(keptWords / totalProse);
            return;
        }
        doc.articleRoot(best);
        doc.confidence(Math.min(1, keptWords / 150));
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        inside.addAll(roots);
        for (int i = 0; i < doc.size(); i++) {
            if (doc.kept(i) && !within(doc.block(i).element(), inside)) {
                doc.set(i, Verdict.removed(Category.OUTSIDE_ARTICLE, RULE));
            }
        }
    }

    /** Readability's content score of every element that holds prose, weighted by its links. */
    private static Map<Element, Double> scores(BlockDocument doc, ElementTally tally) {
        Map<Element, Double> raw = new IdentityHashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            Block b = doc.block(i);
            double score = doc.kept(i) ? proseScore(b) : 0;
            if (score <= 0) {
                continue;
            }
            Element e = b.element().parent();
            for (int level = 0; level < LEVELS && e != null; level++, e = e.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                raw.merge(e, score / divider, Double::sum);
            }
        }
        Map<Element, Double> scores = new IdentityHashMap<>();
        raw.forEach((e, s) -> scores.put(e, (s + initialScore(e)) * (1 - tally.of(e).linkDensity())));
        return scores;
    }

    private static List<Element> top(Map<Element, Double> scores) {
        List<Element> all = new ArrayList<>(scores.keySet());
        all.removeIf(e -> scores.get(e) <= 0);
        all.sort((a, b) -> Double.compare(scores.get(b), scores.get(a)));
        return all.subList(0, Math.min(TOP, all.size()));
    }

    /**
     * Moves from the best candidate to an ancestor shared by several close candidates (sections of
     * one article), then up while the parent scores better, as Readability does.
     */
    private static Element widen(List<Element> top, Map<Element, Double> scores) {
        Element best = top.get(0);
        double bestScore = scores.get(best);
        List<Element> close = new ArrayList<>();
        for (Element e : top.subList(1, top.size())) {
            if (scores.get(e) / bestScore >= 0.75) {
                close.add(e);
            }
        }
        if (close.size() >= 3) {
            for (Element p = best.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
                int holding = 0;
                for (Element e : close) {
                    holding += within(e, Set.of(p)) ? 1 : 0;
                }
                if (holding >= 3) {
                    best = p;
                    break;
                }
            }
        }
        double last = scores.getOrDefault(best, bestScore);
        double threshold = last / 3;
        for (Element p = best.parent(); p != null && !p.normalName().equals("body"); p = p.parent()) {
            Double s = scores.get(p);
            if (s == null) {
                continue;
            }
            if (s < threshold) {
                break;
            }
            if (s > last) {
                best = p;
                break;
            }
            last = s;
        }
        while (best.parent() != null && !best.parent().normalName().equals("body") && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return best;
    }

    /**
     * Moves up from the chosen element to the highest ancestor that adds a good deal of prose,
     * as long as what the ancestors add is mostly prose and not link text: the rest of an
     * article whose parts sit in separate containers (lead paragraphs in a wrapper of their own,
     * sections after a video). A short summary box above the story is not enough to move. Nor is
     * the row of a layout table: its other cells are the columns beside the article, sidebars whose
     * boxes of club news or opening hours may well read as prose.
     */
    private static Element extend(Element best, ElementTally tally) {
        ElementTally.Counts inner = tally.of(best);
        Element extended = best;
        for (Element p = best.parent(); p != null && !p.normalName().equals("body") && !p.normalName().equals("tr");
             p = p.parent()) {
            ElementTally.Counts outer = tally.of(p);
            int addedWords = outer.words - inner.words;
            int addedProse = outer.proseWords - inner.proseWords;
            int addedLinks = outer.linkChars - inner.linkChars;
            if (addedProse < EXTEND_PROSE_SHARE * addedWords || addedLinks > EXTEND_LINK_SHARE * (outer.chars - inner.chars)) {
                break;
            }
            if (addedProse >= Math.max(EXTEND_MIN_WORDS, EXTEND_MIN_SHARE * inner.proseWords)) {
                extended = p;
            }
        }
        return extended;
    }

    /**
     * The table a part of a table stands for: a table whose rows are the article (standings, a
     * timetable) keeps its header rows, which its body's rows outscore.
     */
    private static Element wholeTable(Element best) {
        Element e = best;
        while (e != null && TABLE_PARTS.contains(e.normalName())) {
            e = e.parent();
        }
        return e != null && e != best && e.normalName().equals("table") ? e : best;
    }

    /** The best element and those of its siblings that belong to the article too. */
    private static List<Element> withSiblings(Element best, Map<Element, Double> scores, ElementTally tally) {
        List<Element> roots = new ArrayList<>();
        Element parent = best.parent();
        if (parent == null) {
            return new ArrayList<>(List.of(best));
        }
        double bestScore = scores.getOrDefault(best, 0.0);
        double threshold = Math.max(10, bestScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == best || siblingBelongs(sibling, best, bestScore, threshold, scores, tally)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    /**
     * The best element's cousins that hold prose and carry its tag and classes: the other chunks of
     * an article that the page's layout cut into pieces, each in a wrapper of its own (grid rows
     * between ads).
     */
    private static List<Element> twins(Element best, Map<Element, Double> scores) {
        List<Element> twins = new ArrayList<>();
        String signature = best.className();
        Element parent = best.parent();
        Element scope = parent == null ? null : parent.parent();
        if (signature.isEmpty() || scope == null) {
            return twins;
        }
        for (Element e : scores.keySet()) {
            Element cousinParent = e.parent();
            if (e != best && e.normalName().equals(best.normalName()) && e.className().equals(signature)
                && cousinParent != parent && cousinParent != null && cousinParent.parent() == scope) {
                twins.add(e);
            }
        }
        return twins;
    }

    private static boolean siblingBelongs(Element sibling, Element best, double bestScore, double threshold,
                                          Map<Element, Double> scores, ElementTally tally) {
        double bonus = !best.className().isEmpty() && best.className().equals(sibling.className()) ? bestScore * 0.2 : 0;
        if (scores.getOrDefault(sibling, 0.0) + bonus >= threshold) {
            return true;
        }
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        ElementTally.Counts c = tally.of(sibling);
        return c.chars > 80 && c.linkDensity() < 0.25 || c.chars > 0 && c.linkChars == 0 && c.proseWords > 0;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
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
        boolean positive = false;
        boolean negative = false;
        for (String word : ClassWords.of(e)) {
            positive |= POSITIVE.contains(word);
            Category category = RegionWords.category(word);
            negative |= category != null && !RegionWords.CONTENT.equals(category);
        }
        return weight + (positive ? 25 : 0) - (negative ? 25 : 0);
    }

    /** Whether an element is one of {@code roots} or inside one. */
    static boolean within(Element e, Set<Element> roots) {
        for (Element x = e; x != null; x = x.parent()) {
            if (roots.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
