package org.declutter.rules;

import java.util.List;
import java.util.Objects;

/**
 * A named kind of boilerplate ({@code byline}, {@code caption}, {@code comment-policy} ...). Rule
 * files may name new categories; the built-in ones are listed in {@link #BUILT_IN}.
 *
 * @param name lower-case words joined by dashes
 */
public record Category(String name) implements Comparable<Category> {

    /** Text outside the region that main-content detection found to be the article. */
    public static final Category OUTSIDE_ARTICLE = new Category("outside-article");
    /** The headline and standfirst, moved into the title and description metadata. */
    public static final Category HEADLINE = new Category("headline");

    /** The categories of the built-in rule sets and of main-content detection. */
    public static final List<String> BUILT_IN = List.of(
        "advertising", "byline", "caption", "comment-policy", "cookie-notice", "dateline", "footer",
        "headline", "land-acknowledgment", "navigation", "newsletter", "outside-article", "related",
        "share", "syndication");

    public Category {
        Objects.requireNonNull(name, "name");
        if (!isName(name)) {
            throw new IllegalArgumentException("category names are lower-case words joined by dashes: " + name);
        }
    }

    /**
     * Whether the name is lower-case words of letters and digits joined by single dashes,
     * {@code [a-z0-9]+(-[a-z0-9]+)*}. A loop rather than that regular expression: every run makes
     * the built-in categories while its code is still interpreted, where compiling the expression
     * and matching it for each rule cost more than the loop.
     */
    private static boolean isName(String name) {
        boolean wordExpected = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                wordExpected = false;
            } else if (c == '-' && !wordExpected) {
                wordExpected = true;
            } else {
                return false;
            }
        }
        return !wordExpected;
    }

    /** The category with this name. */
    public static Category of(String name) {
        return new Category(name);
    }

    @Override
    public int compareTo(Category other) {
        return name.compareTo(other.name);
    }

    // Written out because a record's generated equals and hashCode are linked through method
    // handles on first use, which costs a one-file run milliseconds; categories are compared for
    // every block.
    @Override
    public boolean equals(Object other) {
        return other instanceof Category c && name.equals(c.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
