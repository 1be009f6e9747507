package org.declutter.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStatsTest {

    @Test
    void countsFunctionWordsOfEveryBundledLanguage() {
        assertThat(TextStats.of("The mayor said that it was in the interest of the town.").stopwordDensity()).isGreaterThan(0.4);
        assertThat(TextStats.of("Der Bürgermeister sagte, dass es im Interesse der Stadt sei.").stopwordDensity()).isGreaterThan(0.3);
        assertThat(TextStats.of("Le maire a dit que c'était dans l'intérêt de la ville.").stopwordDensity()).isGreaterThan(0.3);
        assertThat(TextStats.of("El alcalde dijo que era en el interés de la ciudad.").stopwordDensity()).isGreaterThan(0.4);
        assertThat(TextStats.of("Il sindaco ha detto che era nell'interesse della città.").stopwordDensity()).isGreaterThan(0.3);
        assertThat(TextStats.of("O prefeito disse que era do interesse da cidade.").stopwordDensity()).isGreaterThan(0.4);
        assertThat(TextStats.of("De burgemeester zei dat het in het belang van de stad was.").stopwordDensity()).isGreaterThan(0.4);
        assertThat(TextStats.of("Burmistrz powiedział, że to jest w interesie miasta.").stopwordDensity()).isGreaterThan(0.3);
        assertThat(TextStats.of("Мэр сказал, что это было в интересах города.").stopwordDensity()).isGreaterThan(0.3);
    }

    @Test
    void tellsLettersAsCharacterDoesForEveryCharacter() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(TextStats.isLetter(c)).as("U+%04X", (int) c).isEqualTo(Character.isLetter(c));
        }
    }

    @Test
    void menusHaveFewFunctionWords() {
        assertThat(TextStats.of("Home News Sport Weather Contact").stopwordDensity()).isZero();
    }

    @Test
    void countsWordsAndSentenceEndsInScriptsWithoutSpaces() {
        TextStats zh = TextStats.of("市议会周一投票决定关闭旧游泳池。");
        assertThat(zh.words()).isBetween(6, 9);
        assertThat(zh.endsSentence()).isTrue();
        assertThat(zh.stopwordDensity()).isGreaterThan(0.2);
    }
}
