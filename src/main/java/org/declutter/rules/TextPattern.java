package org.declutter.rules;

import com.google.re2j.Pattern;

/**
 * A rule's regular expression: RE2 syntax, searched case-insensitively in a block's normalised
 * text. RE2 keeps the search linear in the text's length whatever the pattern, so a user's rule
 * file cannot make a page hang.
 *
 * <p>Both the engine's compiled form and the {@link RegexPrefilter} that spares most searches are
 * made when first needed: a run that cleans one file meets most patterns only through their
 * filters, and compiling all of them up front would cost more than cleaning the file.
 */
public final class TextPattern {

    private final String regex;
    // Racy single-check: both are immutable and the same whichever thread makes them first.
    private volatile RegexPrefilter filter;
    private volatile Pattern compiled;

    private TextPattern(String regex, RegexPrefilter filter) {
        this.regex = regex;
        this.filter = filter;
    }

    /**
     * A pattern compiled now, so that a mistake shows where it is written.
     *
     * @throws com.google.re2j.PatternSyntaxException when it is not valid RE2 syntax
     */
    public static TextPattern compile(String regex) {
        TextPattern pattern = new TextPattern(regex, null);
        pattern.compiled();
        return pattern;
    }

    /**
     * A pattern known to be valid, compiled on first use: the built-in rules', every one of which
     * the test suite compiles and runs on its examples.
     *
     * @param filter its filter, when the build worked it out ({@link RuleTable}); {@code null}
     *     to work it out on first use
     */
    static TextPattern trusted(String regex, RegexPrefilter filter) {
        return new TextPattern(regex, filter);
    }

    /** Whether the pattern occurs in the text. */
    public boolean find(RuleText text) {
        return filter().mayMatch(text) && compiled().matcher(text.normalized()).find();
    }

    /** The pattern as written. */
    public String regex() {
        return regex;
    }

    RegexPrefilter filter() {
        RegexPrefilter f = filter;
        if (f == null) {
            f = RegexPrefilter.of(regex);
            filter = f;
        }
        return f;
    }

    Pattern compiled() {
        Pattern p = compiled;
        if (p == null) {
            p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            compiled = p;
        }
        return p;
    }

    @Override
    public String toString() {
        return regex;
    }
}
