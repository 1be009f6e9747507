package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.declutter.rules.RuleFileException;
import org.declutter.rules.RuleFileParser;
import org.declutter.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedSpeechTest {

    private static final String RULES = """
        [newsletter.subscribe-now]
        regex: ^subscribe now\\b
        [caption.photo-credit]
        regex: \\(photo: [^)]+\\)$
        """;

    private static BlockDocument filtered(String html) throws RuleFileException {
        BlockDocument doc = HtmlDocs.of(html);
        new RuleFilter(RuleSet.of(RuleFileParser.parse("t.rules", RULES))).apply(doc);
        return doc;
    }

    /** A quotation of a notice in reporting stays; the notice itself, or a prompt to "have your say", goes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Subscribe now and lock in the old price, the company's marketing emails urged on Thursday, an offer"
            + " that lapses at midnight. | Subscribe now for just $1 a week.",
        "Subscribe now, the posters in every station say, and the first month costs nothing at all to new"
            + " riders. | Subscribe now to have your say on every story we publish and to join the debate with"
            + " other readers.",
        "Subscribe now is still the wording on nine in ten paywalls, the study found, though few readers ever click"
            + " it. | Subscribe now and save half.",
        "Subscribe now, the notice read in the archive's copy, and the judge wrote that the company had made no"
            + " attempt to license it. | Subscribe now: first month free.",
        "Subscribe now, she added, was the only button most readers of the old site ever pressed before the"
            + " redesign. | Subscribe now and get the first month free.",
        "Readers who tapped the alert were shown a full-screen message reading: \"Subscribe now to keep reading,\""
            + " which the regulator called misleading. | Subscribe now to keep reading.",
        "Subscribe now or lose your access, the letters sent to every reader warned in March, the court heard on"
            + " the second day. | Subscribe now or lose your access.",
    })
    void aRuleMatchInAParagraphThatReportsWhatSomeoneSaidIsAQuotation(String quotation, String notice)
        throws RuleFileException {
        BlockDocument doc = filtered("<p>" + quotation + "</p><p>" + notice + "</p>");
        assertThat(doc.kept(0)).isTrue();
        assertThat(doc.kept(1)).isFalse();
    }

    @Test
    void aCaptionStaysACaptionWhateverItReports() throws RuleFileException {
        BlockDocument doc = filtered("<p>Firefighters outside the warehouse on Monday, where officials said twelve"
            + " people were treated for smoke. (Photo: Dana Holt)</p>");
        assertThat(doc.kept(0)).isFalse();
    }

    @Test
    void aRuleThatLooksForWordsOfSayingIsTakenAtItsWord() throws RuleFileException {
        BlockDocument doc = HtmlDocs.of("<p>Serrano said the talks went well and that both sides would meet again"
            + " in Mexico City before the end of the year.</p>");
        new RuleFilter(RuleSet.of(RuleFileParser.parse("t.rules", "[quote.serrano]\nstarts: serrano said\n")))
            .apply(doc);
        assertThat(doc.kept(0)).isFalse();
    }

    @Test
    void aNoticeThatQuotesItsReadersOrItsAuthorIsStillANotice() throws RuleFileException {
        BlockDocument doc = filtered("<p>Subscribe now to our morning newsletter, which readers told us is the best way"
            + " to start the day, and get the top stories every weekday.</p><p>Subscribe now: anything you have said in"
            + " the comments may be quoted in the newsletter, and every reader gets a copy.</p>");
        assertThat(doc.kept(0)).isFalse();
        assertThat(doc.kept(1)).isFalse();
    }
}
