package org.declutter.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.declutter.rules.Category;
import org.declutter.rules.TextNormalizer;
import org.declutter.segment.Block;
import org.jsoup.nodes.Element;

/**
 * Moves the headline and the standfirst out of the body into the metadata. The headline is a kept
 * block before the first paragraph of prose that repeats the page's title, is its top heading, or,
 * in text without markup, is the first short line without a full stop. The standfirst is the short
 * block right after it that repeats the page's description, or in plain text a single sentence
 * that precedes the story.
 */
final class HeadlineFilter implements BlockFilter {

    static final String HEADLINE_RULE = "headline.title";
    static final String STANDFIRST_RULE = "headline.standfirst";
    /** What sites put between the parts of a page's title. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(" (?:[-|–—·»:]|::) ");
    private static final Landmarks.Query DESCRIPTIONS = Landmarks.Query.of("meta[name=description], "
        + "meta[property=og:description], meta[name=twitter:description]");

    @Override
    public void apply(BlockDocument doc) {
        int firstProse = doc.firstProse();
        // A page of markup often repeats its headline outside the article (a hidden copy, a
        // breadcrumb); the copy inside the article is the one to move out of the body.
        int headline = doc.page().markup() ? findHeadline(doc, firstProse, true) : -1;
        if (headline < 0) {
            headline = findHeadline(doc, firstProse, false);
        }
        if (headline < 0) {
            return;
        }
        Block h = doc.block(headline);
        doc.set(headline, Verdict.removed(Category.HEADLINE, HEADLINE_RULE));
        if (doc.page().markup()) {
            removeCopies(doc, headline, firstProse);
        }
        Metadata m = doc.metadata();
        doc.metadata(m.title() == null || !doc.page().markup() ? new Metadata(h.text(), m.description(), m.byline(), m.date()) : m);
        int next = nextKept(doc, headline);
        // In plain text a standfirst stands apart from the story (a caption, a byline between);
        // a sentence the story follows directly is its first paragraph.
        boolean standfirst = (doc.page().markup() ? next >= 0 && isMarkupStandfirst(doc, next)
            : next >= 0 && next + 1 < firstProse && isStandfirst(doc, next))
            && !ArticleNotes.isNote(doc.block(next).text());
        if (standfirst) {
            doc.set(next, Verdict.removed(Category.HEADLINE, STANDFIRST_RULE));
            doc.metadata(doc.metadata().orDescription(doc.block(next).text()));
        }
    }

    /** Removes the other copies of the headline above the story (print and screen versions). */
    private static void removeCopies(BlockDocument doc, int headline, int firstProse) {
        String text = doc.ruleText(headline).normalized();
        for (int i = 0; i < firstProse; i++) {
            if (doc.kept(i) && doc.ruleText(i).normalized().equals(text)) {
                doc.set(i, Verdict.removed(Category.HEADLINE, HEADLINE_RULE));
            }
        }
    }

    private static int findHeadline(BlockDocument doc, int firstProse, boolean keptOnly) {
        String title = doc.metadata().title() == null ? null : TextNormalizer.normalize(doc.metadata().title());
        List<String> parts = title == null ? List.of() : titleParts(title);
        for (int i = 0; i < firstProse; i++) {
            boolean candidate = doc.kept(i) || !keptOnly && Category.OUTSIDE_ARTICLE.equals(doc.verdict(i).category());
            if (candidate && isHeadline(doc, i, title, parts)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The parts of a normalised title that a site joined with a separator ("site - section - headline",
     * "headline | site"), each of at least ten characters: shorter ones are sections and site names.
     */
    private static List<String> titleParts(String title) {
        List<String> parts = new ArrayList<>();
        for (String part : TITLE_SEPARATOR.split(title)) {
            if (part.length() >= 10 && part.length() < title.length()) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static int nextKept(BlockDocument doc, int after) {
        for (int i = after + 1; i < doc.size(); i++) {
            if (doc.kept(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a block is the headline; {@code title} is the page's title, normalised, or {@code null},
     * and {@code parts} its parts between separators. A heading may repeat one part of the title
     * alone, or open with it: "Site - News - Cup champions!" over a heading "Cup champions!".
     */
    private static boolean isHeadline(BlockDocument doc, int i, String title, List<String> parts) {
        Block b = doc.block(i);
        if (b.words() > 30) {
            return false;
        }
        if (title != null) {
            String text = doc.ruleText(i).normalized();
            if (text.length() >= 10 && (title.equals(text) || title.startsWith(text) || text.startsWith(title))) {
                return true;
            }
            if (b.headingLevel() > 0) {
                for (String part : parts) {
                    if (text.startsWith(part)) {
                        return true;
                    }
                }
            }
        }
        if (doc.page().markup()) {
            return b.headingLevel() == 1;
        }
        return !b.text().endsWith(".") && b.words() >= 3 && !b.text().contains("\n");
    }

    /**
     * In markup, the standfirst repeats one of the page's descriptions and sits in a container of
     * its own: a first paragraph that the page also uses as its description shares its parent
     * with the paragraphs after it, and stays.
     */
    private static boolean isMarkupStandfirst(BlockDocument doc, int i) {
        Block b = doc.block(i);
        String text = doc.ruleText(i).normalized();
        boolean described = false;
        for (Element meta : doc.landmarks().all(DESCRIPTIONS)) {
            described |= text.equals(TextNormalizer.normalize(meta.attr("content")));
        }
        if (!described) {
            return false;
        }
        for (int j = i + 1; j < doc.size(); j++) {
            if (doc.kept(j) && doc.block(j).words() >= 20) {
                return doc.block(j).element().parent() != b.element().parent();
            }
        }
        return true;
    }

    private static boolean isStandfirst(BlockDocument doc, int i) {
        Block b = doc.block(i);
        String description = doc.metadata().description();
        if (description != null) {
            return TextNormalizer.normalize(description).equals(doc.ruleText(i).normalized());
        }
        return !doc.page().markup() && b.words() >= 5 && b.words() <= 40 && b.stats().endsSentence()
            && !b.text().contains("\n");
    }
}
