package org.declutter.classify;

import java.util.regex.Pattern;

/**
 * Tells a note about the article itself, which is part of the article wherever it stands: a
 * correction ("Correction: An earlier version of this story misstated..."), an update ("Update
 * (May 30): the company has since...", "Updated 3.40pm: the council has replied") or an editor's
 * note ("Names have been changed to protect ..."). Papers put them above the story or below it, often beyond a tail of boilerplate, and a
 * reader who cleans a page for its text wants the record corrected with it.
 */
final class ArticleNotes {

    private static final Pattern NOTE = Pattern.compile(
        "^[(\\[]?(correction|clarification|update|updated|editor['’]?s['’]? note)\\s*(\\([^)]{1,30}\\)|,? \\d{1,2}([:.]\\d\\d)?[^:—–]{0,25})?\\s*[:—–-]\\s*\\p{L}"
            + "|^[(\\[]?this (story|article|report|piece) (has been|was) (corrected|updated|amended|clarified)\\b"
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
        return !t.isEmpty() && ".)!".indexOf(t.charAt(t.length() - 1)) >= 0 && NOTE.matcher(t).find();
    }
}
