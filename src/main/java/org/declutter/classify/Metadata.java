package org.declutter.classify;

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

    /** This metadata with a value filled in where it is still missing. */
    public Metadata orTitle(String value) {
        return title != null || blank(value) ? this : new Metadata(value.strip(), description, byline, date);
    }

    /** This metadata with a description filled in where it is still missing. */
    public Metadata orDescription(String value) {
        return description != null || blank(value) ? this : new Metadata(title, value.strip(), byline, date);
    }

    /** This metadata with a byline filled in where it is still missing. */
    public Metadata orByline(String value) {
        return byline != null || blank(value) ? this : new Metadata(title, description, value.strip(), date);
    }

    /** This metadata with a date filled in where it is still missing. */
    public Metadata orDate(String value) {
        return date != null || blank(value) ? this : new Metadata(title, description, byline, value.strip());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
