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
}
