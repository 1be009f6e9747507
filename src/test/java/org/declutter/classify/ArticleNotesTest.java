package org.declutter.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleNotesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Correction: An earlier version of this story misstated the year the bridge was built.",
        "CORRECTION — The lead investor is based in Lagos, not Nairobi.",
        "Update (May 30): Version 3.0.1 fixes the installer.",
        "Updated 3.40pm: The shipping line has replied. Its statement is below.",
        "Update, 10:05 a.m. Friday: This story has been updated with the final count.",
        "The names of the two witnesses in this story have been changed to protect them.",
        "Editor's note: The names of two witnesses have been withheld.",
        "(This story has been corrected to reflect that the monsoon arrived on Tuesday.)",
        "This article was updated at 14:20 GMT to include comment from the shippers' council.",
    })
    void aNoteAboutTheArticleIsANote(String text) {
        assertThat(ArticleNotes.isNote(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Corrections: desk@example.com",
        "Corrections officers said the prison had been short of staff for months.",
        "Update your browser to read this page.",
        "The update to the app arrives next week, the company said.",
        "Update: New bus timetable comes into force next month",
        "Correction - Council tax bills sent out with wrong figures",
        "Updated 9:51 a.m.",
        "Names on the war memorial have been changed twice since 1920, the society said.",
        "Updated 4 June 2025",
    })
    void anythingElseIsNot(String text) {
        assertThat(ArticleNotes.isNote(text)).isFalse();
    }

    @Test
    void whatALabelledNoteSaysIsWhatFollowsItsLabel() {
        assertThat(ArticleNotes.afterLabel("Updated 3.40pm: The operator has replied.")).isEqualTo("The operator has replied.");
        assertThat(ArticleNotes.afterLabel("Update: We've updated our privacy policy.")).isEqualTo("We've updated our privacy policy.");
        assertThat(ArticleNotes.afterLabel("This story has been corrected to give the right date.")).isNull();
    }
}
