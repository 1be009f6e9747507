package org.declutter.classify;

import org.declutter.segment.Segmenter;

/**
 * What a document says about itself, gathered while classifying: the headline, the standfirst,
 * the author line and the publication date. Any of them may be {@code null}.
 *
 * @param title the headline
 * @param description the standfirst or summary
 * @param byline the author line
 * @param date the publication date, as the page states it
 */
public record Metadata(String title, String description, String byline, String date) {

    /** Metadata that knows nothing. */
    public static final Metadata EMPTY = new Metadata(null, null, null, null);

    /**
     * Each value as one line: pages write their meta values with line breaks, runs of spaces and
     * no-break spaces ("Abigail  Van Buren", a title over two lines that broke a Markdown heading),
     * and zero-width characters; a value left blank is none.
     */
    public Metadata {
        title = oneLine(title);
        description = oneLine(description);
        byline = oneLine(byline);
        date = oneLine(date);
    }

    /** This metadata with a value filled in where it is still missing. */
    public Metadata orTitle(String value) {
        return title != null || blank(value) ? this : new Metadata(value, description, byline, date);
    }

    /** This metadata with a description filled in where it is still missing. */
    public Metadata orDescription(String value) {
        return description != null || blank(value) ? this : new Metadata(title, value, byline, date);
    }

    /** This metadata with a byline filled in where it is still missing. */
    public Metadata orByline(String value) {
        return byline != null || blank(value) ? this : new Metadata(title, description, value, date);
    }

    /** This metadata with a date filled in where it is still missing. */
    public Metadata orDate(String value) {
        return date != null || blank(value) ? this : new Metadata(title, description, byline, value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String oneLine(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else if (!Segmenter.isInvisible(c)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
