package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleEchoTest {

    @Test
    void findsTheHeadlineWithoutTheSiteName() {
        List<String> lines = List.of("Ferry timetable to change for winter | Harbour Gazette", "Home", "News",
            "Ferry timetable to change for winter", "The ferry company will run fewer crossings.");
        assertThat(TitleEcho.find(lines)).containsExactly(3);
    }

    @Test
    void ignoresTypographyAndFindsAShortenedHeadline() {
        List<String> lines = List.of("Council's pool to close at the end of the season, and other news - Town Post",
            "Council’s pool to close at the end of the season");
        assertThat(TitleEcho.find(lines)).containsExactly(1);
    }

    @Test
    void needsATitleOfSeveralWords() {
        assertThat(TitleEcho.find(List.of("News", "News", "News"))).isEmpty();
    }

    @Test
    void splitsTheTitleAtTheSitesSeparator() {
        assertThat(TitleEcho.longestPart("Short | A much longer headline here")).isEqualTo("A much longer headline here");
    }

    @Test
    void countsTheWordsItWouldFindWithoutFindingThem() {
        for (String text : new String[] {"", "...", "One", "Council's pool - to close!", "  a  b  ", "don’t stop",
            "'quoted' words", "2024 budget: €5bn", "Ein Fluß, zwei Städte", "東京 2020"}) {
            String words = TitleEcho.words(text);
            assertThat(TitleEcho.wordCount(text)).as(text).isEqualTo(words.isEmpty() ? 0 : words.split(" ").length);
        }
    }
}
