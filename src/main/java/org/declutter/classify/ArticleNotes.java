package org.declutter.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a note about the article itself, which is part of the article wherever it stands: a
 * correction ("Correction: An earlier version of this story misstated..."), an update ("Update
 * (May 30): the company has since...", "Updated 3.40pm: the council has replied") or an editor's
 * note ("Names have been changed to protect ..."). Papers put them above the story or below it,
 * often beyond a tail of boilerplate, and a reader who cleans a page for its text wants the record
 * corrected with it.
 */
final class ArticleNotes {

    /** A note under a label: "Correction:", "Update (May 30):", "Updated 3.40pm:", "Editor's note —". */
    private static final Pattern LABELLED = Pattern.compile(
        "^[(\\[]?(correction|clarification|update|updated|editor['’]?s['’]? note)"
            + "\\s*(\\([^)]{1,30}\\)|,? \\d{1,2}([:.]\\d\\d)?[^:—–]{0,25})?\\s*[:—–-]\\s*(?=\\p{L})",
        Pattern.CASE_INSENSITIVE);
    /** A note that says what it is about in its first words. */
    private static final Pattern ABOUT_THE_STORY = Pattern.compile(
        "^[(\\[]?this (story|article|report|piece) (has been|was) (corrected|updated|amended|clarified)\\b"
            + "|^[(\\[]?(some |the )*names? (of [^.]{2,40} )?(in this (story|article|report) )?(has|have) been changed\\b",
        Pattern.CASE_INSENSITIVE);

    private ArticleNotes() {
    }

    /**
     * Whether the text is a correction, update or editor's note about the article: a sentence, not
     * a headline of another story in a list ("Update: New bus timetable comes into force").
     */
    static boolean isNote(String text) {
        String t = text.strip();
        return !t.isEmpty() && ".)!".indexOf(t.charAt(t.length() - 1)) >= 0
            && (LABELLED.matcher(t).find() || ABOUT_THE_STORY.matcher(t).find());
    }

    /**
     * What a labelled note says after its label ("We've updated our privacy policy." of "Update:
     * We've updated our privacy policy."), or {@code null} for a note without one. A site puts the
     * label of a note on its own notices too, and what follows the label tells them apart.
     */
    static String afterLabel(String text) {
        String t = text.strip();
        Matcher m = LABELLED.matcher(t);
        return m.find() ? t.substring(m.end()) : null;
    }
}
