package org.declutter.classify;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * A CSS selector written in declutter's code, parsed by jsoup the first time it is used. Text
 * without markup never uses one, and parsing the filters' selectors when their classes load, as
 * before, took a plain-text one-file run some 3 % of its wall time. Thread-safe.
 */
final class CssSelector {

    private final String css;
    // Racy single-check: immutable, and the same whichever thread parses it first.
    private volatile Evaluator evaluator;

    CssSelector(String css) {
        this.css = css;
    }

    /** The parsed selector. */
    Evaluator evaluator() {
        Evaluator e = evaluator;
        if (e == null) {
            e = QueryParser.parse(css);
            evaluator = e;
        }
        return e;
    }

    @Override
    public String toString() {
        return css;
    }
}
