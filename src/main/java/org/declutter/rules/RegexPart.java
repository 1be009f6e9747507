package org.declutter.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What is known of the texts a part of a pattern matches: the exact set of them when it is small
 * and made of literals, else a set of literals one of which each of them contains, else nothing;
 * its heads, each text's first {@value #OPENING_CHARS} characters (the whole text when shorter),
 * when they are few enough; and its openings, strings of at most that length one of which each
 * text starts with, which stay known where the heads are not: a head cut short by a part of
 * unknown heads is still an opening, and so is a head followed by one of that part's openings.
 * Besides its own required literals, a sequence knows its parts' ({@code also}). A part is
 * {@code skippable} when it may match the empty text and every other match starts with one of its
 * openings but the empty one ({@code [-| ]*}): an empty opening otherwise only says the start is
 * unknown.
 */
record RegexPart(Set<String> exact, Set<String> contained, Set<String> heads, boolean anchored,
                 Set<String> openings, List<Set<String>> also, boolean skippable) {

    /** Largest set of exact strings to keep (prefix tests stop at the first differing character). */
    private static final int MAX_STRINGS = 128;
    /** How many characters of a match's opening are kept: four tell most words apart. */
    private static final int OPENING_CHARS = RuleText.OPENING_CHARS;

    /** Nothing known. */
    static final RegexPart UNKNOWN = new RegexPart(null, null, null, false, null, List.of(), false);
    /** The empty text. */
    static final RegexPart EMPTY = new RegexPart(Set.of(""), null, Set.of(""), false, Set.of(""), List.of(), false);
    /** The start of the text ({@code ^}): matches the empty text, and anchors what follows it. */
    static final RegexPart BEGIN = new RegexPart(Set.of(""), null, Set.of(""), false, Set.of(""), List.of(), false);

    static RegexPart literal(String s) {
        Set<String> head = Set.of(s.length() > OPENING_CHARS ? s.substring(0, OPENING_CHARS) : s);
        return new RegexPart(Set.of(s), null, head, false, head, List.of(), false);
    }

    /** The literal sets every match contains one of each: its parts' and its own required set. */
    List<Set<String>> conjuncts() {
        List<Set<String>> all = new ArrayList<>(also);
        Set<String> own = required();
        if (own != null && !own.isEmpty() && !own.contains("")) {
            all.add(own);
        }
        return all;
    }

    /** The one non-empty text this part matches, or {@code null}. */
    String literal() {
        return this != BEGIN && exact != null && exact.size() == 1 && !exact.contains("")
            ? exact.iterator().next() : null;
    }

    Set<String> required() {
        return better(exact, contained);
    }

    static RegexPart concat(List<RegexPart> parts) {
        Set<String> run = Set.of("");
        Set<String> best = null;
        boolean exactSoFar = true;
        boolean anchored = !parts.isEmpty() && parts.get(0) == BEGIN;
        for (int i = anchored ? 1 : 0; i < parts.size(); i++) {
            RegexPart part = parts.get(i);
            best = better(best, part.required());
            Set<String> product = part.exact == null ? null : product(run, part.exact);
            if (product != null) {
                run = product;
                continue;
            }
            best = better(best, run);
            exactSoFar = false;
            run = part.exact == null ? Set.of("") : part.exact;
        }
        int from = anchored ? 1 : 0;
        List<Set<String>> also = new ArrayList<>();
        for (RegexPart part : parts.subList(from, parts.size())) {
            also.addAll(part.conjuncts());
        }
        return new RegexPart(exactSoFar && !anchored ? run : null, better(best, run),
            anchored ? null : joinHeads(parts, from, false), anchored, joinHeads(parts, from, true), also, false);
    }

    /**
     * The heads, or with {@code openings} the openings, of parts {@code from} on, joined in turn.
     * Where a part's heads are unknown, the heads are unknown; the openings so far, each followed
     * by one of that part's openings when it has them, still open every match. A part that may
     * match nothing ({@code [-| ]*} before a date) opens a match either with one of its non-empty
     * openings or not at all, and then the parts after it open it.
     */
    private static Set<String> joinHeads(List<RegexPart> parts, int from, boolean openings) {
        Set<String> heads = Set.of("");
        for (int i = from; i < parts.size() && !allFull(heads); i++) {
            RegexPart part = parts.get(i);
            Set<String> joined = join(heads, part.heads);
            if (joined == null) {
                Set<String> opened = openings ? join(heads, part.openings) : null;
                if (opened != null && part.skippable) {
                    Set<String> skipped = skipping(heads, part, parts, i + 1);
                    opened = skipped != null ? skipped : opened;
                }
                return opened != null ? opened : openings ? heads : null;
            }
            heads = joined;
        }
        return heads;
    }

    /**
     * The openings after {@code heads} when {@code part} may match nothing: its non-empty openings,
     * and the openings of the parts after it; {@code null} when those are unknown or too many.
     */
    private static Set<String> skipping(Set<String> heads, RegexPart part, List<RegexPart> parts, int next) {
        Set<String> own = new LinkedHashSet<>(part.openings);
        own.remove("");
        Set<String> rest = next < parts.size() ? joinHeads(parts, next, true) : Set.of("");
        if (rest == null) {
            return null;
        }
        Set<String> ownJoined = join(heads, own);
        Set<String> restJoined = join(heads, rest);
        if (ownJoined == null || restJoined == null || ownJoined.size() + restJoined.size() > RegexLiterals.MAX_OPENINGS) {
            return null;
        }
        Set<String> all = new LinkedHashSet<>(ownJoined);
        all.addAll(restJoined);
        return all;
    }

    private static boolean allFull(Set<String> heads) {
        return shortestLength(heads) >= OPENING_CHARS;
    }

    /** Each head of {@code a} followed by each of {@code b} (unless already full), cut to length. */
    private static Set<String> join(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>();
        for (String h : a) {
            if (h.length() >= OPENING_CHARS) {
                out.add(h);
                continue;
            }
            if (b == null) {
                return null;
            }
            for (String g : b) {
                String joined = h + g;
                out.add(joined.length() > OPENING_CHARS ? joined.substring(0, OPENING_CHARS) : joined);
            }
            if (out.size() > RegexLiterals.MAX_OPENINGS) {
                return null;
            }
        }
        return out;
    }

    static RegexPart alternate(List<RegexPart> alternatives) {
        if (alternatives.size() == 1) {
            return alternatives.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        Set<String> contained = new LinkedHashSet<>();
        Set<String> heads = new LinkedHashSet<>();
        Set<String> openings = new LinkedHashSet<>();
        // A set every alternative needs one of, whichever set each alternative's own best is (a
        // digit, in every form of a date), is needed by the alternation too.
        List<Set<String>> shared = null;
        boolean allExact = true;
        for (RegexPart alternative : alternatives) {
            if (alternative.anchored) {
                return UNKNOWN;
            }
            List<Set<String>> needed = alternative.conjuncts();
            if (shared == null) {
                shared = new ArrayList<>(new LinkedHashSet<>(needed));
            } else {
                shared.retainAll(needed);
            }
            if (alternative.exact != null) {
                exact.addAll(alternative.exact);
            } else {
                allExact = false;
            }
            Set<String> required = alternative.required();
            if (contained != null && required != null) {
                contained.addAll(required);
            } else {
                contained = null;
            }
            heads = union(heads, alternative.heads);
            openings = union(openings, alternative.openings);
        }
        if (contained != null && contained.size() > MAX_STRINGS) {
            contained = null;
        }
        return new RegexPart(allExact && exact.size() <= MAX_STRINGS ? exact : null, contained, heads, false, openings,
            shared, false);
    }

    /** {@code more} added to {@code strings}, or {@code null} when either is unknown or they are too many. */
    private static Set<String> union(Set<String> strings, Set<String> more) {
        if (strings == null || more == null || strings.size() + more.size() > RegexLiterals.MAX_OPENINGS) {
            return null;
        }
        strings.addAll(more);
        return strings;
    }

    /** The part repeated {@code min} to {@code max} times ({@code max} -1 for no limit). */
    RegexPart repeated(int min, int max) {
        if (min == 1 && max == 1) {
            return this;
        }
        Set<String> optionalOpenings = openings == null ? null : withEmpty(openings, RegexLiterals.MAX_OPENINGS);
        // Without an empty opening, no match of the part is empty: repeated from zero, it is
        // either skipped or opened by one of its openings.
        boolean skippable = min == 0 && optionalOpenings != null && !openings.contains("");
        if (min == 0 && max == 1) {
            // Optional: the exact set and the heads gain the empty string; more repeats would make them unknown.
            Set<String> optional = exact == null ? null : withEmpty(exact, MAX_STRINGS);
            return new RegexPart(optional, null, heads == null ? null : withEmpty(heads, RegexLiterals.MAX_OPENINGS), false, optionalOpenings,
                List.of(), skippable);
        }
        // Repeated at least once, a part's full heads still open every match, and so do its openings.
        Set<String> full = min > 0 && heads != null && allFull(heads) ? heads : null;
        return new RegexPart(null, min == 0 ? null : required(), full, false, min == 0 ? optionalOpenings : openings,
            min == 0 ? List.of() : also, skippable);
    }

    private static Set<String> withEmpty(Set<String> set, int most) {
        Set<String> out = new LinkedHashSet<>(set);
        out.add("");
        return out.size() <= most ? out : null;
    }

    private static Set<String> product(Set<String> a, Set<String> b) {
        if ((long) a.size() * b.size() > MAX_STRINGS) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String x : a) {
            for (String y : b) {
                out.add(x + y);
            }
        }
        return out;
    }

    /**
     * Of two literal sets, the one that filters better: one small enough to search for, then the
     * longer shortest string, then fewer strings.
     */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (b == null || b.isEmpty() || b.contains("")) {
            return a;
        }
        if (a == null) {
            return b;
        }
        if ((a.size() <= RegexLiterals.MAX_REQUIRED) != (b.size() <= RegexLiterals.MAX_REQUIRED)) {
            return a.size() <= RegexLiterals.MAX_REQUIRED ? a : b;
        }
        int la = shortestLength(a);
        int lb = shortestLength(b);
        if (lb != la) {
            return lb > la ? b : a;
        }
        return b.size() < a.size() ? b : a;
    }

    private static int shortestLength(Set<String> strings) {
        int shortest = Integer.MAX_VALUE;
        for (String s : strings) {
            shortest = Math.min(shortest, s.length());
        }
        return shortest;
    }
}
