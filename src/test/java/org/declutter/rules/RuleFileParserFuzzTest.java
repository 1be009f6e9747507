package org.declutter.rules;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.declutter.Declutter;
import org.declutter.source.InputException;
import org.declutter.source.Source;

/**
 * Fuzz target over the rule-file parser: any text must parse or fail with a
 * {@link RuleFileException}, and the rules that parse must then run over a page without throwing.
 */
class RuleFileParserFuzzTest {

    private static final String PAGE = "<html><head><title>A title</title></head><body><nav><a href=/>Home</a></nav>"
        + "<article><h1>A title</h1><p class=byline>By A. Writer</p><p>The first paragraph of the article says "
        + "something worth reading, at some length.</p><p>Share this story.</p></article>"
        + "<footer>Copyright 2024</footer></body></html>";

    @FuzzTest
    void parse(FuzzedDataProvider data) throws InputException {
        List<Rule> rules;
        try {
            rules = RuleFileParser.parse("fuzz.rules", data.consumeRemainingAsString());
        } catch (RuleFileException expected) {
            return;
        }
        Declutter.builder().addRules(rules).build().clean(Source.ofHtml("fuzz.html", PAGE));
    }
}
