package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.declutter.rules.RuleSet;
import org.junit.jupiter.api.Test;

class LineScoringFilterTest {

    private static final LineScoringFilter FILTER = new LineScoringFilter(RuleSet.of(List.of()));
    private static final String ARTICLE = """
        The ferry company will run fewer crossings between the harbour and the island from the first week of November.

        Island residents said the change makes it harder to get home after evening shifts on the mainland.

        The company said it would review the timetable in February, once it has seen how many passengers use it.
        """;

    @Test
    void keepsTheProseAndRemovesTheMenuAndTheShareBar() {
        BlockDocument doc = TextDocs.of("Home\nNews\nSport\nWeather\nContact us\n\n" + ARTICLE
            + "\nShare on Facebook\nShare on Twitter\nPrint this page\nPrivacy policy\n");
        FILTER.apply(doc);
        assertThat(TextDocs.kept(doc)).hasSize(3).allMatch(t -> t.endsWith("."));
    }

    private static final String WITH_LISTS = ARTICLE + """

        Crossings from the first of November:
        07:10 harbour to island
        09:40 harbour to island
        17:30 island to harbour
        19:50 island to harbour

        The company will post the new timetable at both piers and on its boats next week.

        Fares for a single crossing:
        Adults 4.50
        Children 2.00
        Bicycles 1.00
        Cars 18.00
        """;

    @Test
    void keepsTheListsAndTablesOfATextThatShowsNoSiteAroundIt() {
        BlockDocument doc = TextDocs.of(WITH_LISTS);
        FILTER.apply(doc);
        assertThat(TextDocs.kept(doc)).hasSize(doc.size()).contains("19:50 island to harbour", "Cars 18.00");
    }

    @Test
    void aTextWithASiteAroundItStillEndsWithItsProse() {
        BlockDocument doc = TextDocs.of(WITH_LISTS + "\nShare on Facebook\nShare on Twitter\nPrint this page\n");
        FILTER.apply(doc);
        assertThat(TextDocs.kept(doc)).doesNotContain("Cars 18.00", "Share on Facebook");
    }

    @Test
    void aGreetingAndASignOffAreNoList() {
        BlockDocument doc = TextDocs.of("Hi Sam,\n\n" + ARTICLE + "\nBest wishes,\n\nAlex\n");
        FILTER.apply(doc);
        assertThat(TextDocs.kept(doc)).hasSize(3).allMatch(t -> t.endsWith("."));
    }

    @Test
    void endsTheArticleAboveTheCommentsBelowAShareBar() {
        StringBuilder comments = new StringBuilder("Share this:\nClick to share on Facebook\n42 Comments\n");
        for (int i = 1; i <= 4; i++) {
            comments.append("reader").append(i).append(" says:\nNovember ").append(i).append(", 2019 at 9:4").append(i)
                .append(" am\nI do not think the company has thought about the people who work late on the mainland at all.\n");
        }
        BlockDocument doc = TextDocs.of(ARTICLE + "\n" + comments);
        FILTER.apply(doc);
        assertThat(TextDocs.kept(doc)).hasSize(3).noneMatch(t -> t.contains("mainland at all"));
    }

    @Test
    void startsTheArticleUnderTheLineThatEchoesThePageTitle() {
        String teasers = """
            Lifeboat crew honoured for a night rescue off the point, after three hours in a heavy sea.
            New car park opens near the beach, with room for two hundred cars and a charging point.
            """;
        BlockDocument doc = TextDocs.of("Ferry timetable to change for the winter months | Harbour Gazette\n"
            + teasers + "Ferry timetable to change for the winter months\n" + ARTICLE);
        FILTER.apply(doc);
        assertThat(TextDocs.kept(doc)).hasSize(3).allMatch(t -> !t.contains("car park") && !t.contains("Lifeboat"));
    }

    @Test
    void doesNotCollapseOnALanguageWithoutAWordList() {
        String korean = """
            홈
            뉴스
            스포츠
            시의회는 월요일 시즌이 끝나면 오래된 수영장을 닫고 절약한 돈을 내년 봄에 문을 열 새 레저 센터에 쓰기로 결정했다.
            계획에 반대한 의원들은 그 수영장이 단지에서 걸어갈 수 있는 유일한 수영장이며 많은 노인 주민들이 매일 아침 수영하는 곳을 잃게 될 것이라고 말했다.
            시는 새 센터가 문을 열 때까지 학교가 탈의실을 계속 사용할 수 있도록 하겠다고 밝혔다.
            """;
        BlockDocument doc = TextDocs.of(korean);
        FILTER.apply(doc);
        assertThat(TextDocs.kept(doc)).hasSize(3).allMatch(t -> t.endsWith("다."));
        String chinese = "首页\n新闻\n市议会周一投票决定在本季结束时关闭旧游泳池，并把节省下来的钱用于明年春天开放的新休闲中心。\n"
            + "反对该计划的议员说，这个游泳池是附近唯一可以步行到达的游泳池，许多老年居民每天早上都在那里游泳。\n";
        BlockDocument zh = TextDocs.of(chinese);
        FILTER.apply(zh);
        assertThat(TextDocs.kept(zh)).hasSize(2);
    }
}
