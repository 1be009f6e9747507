package org.declutter.source;

import java.util.Objects;

/**
 * A source after reading: its bytes decompressed, its kind known, and, for HTML and text, decoded
 * to a string. Documents keep their bytes for Tika.
 *
 * @param name the source's name
 * @param kind what the content is
 * @param text the decoded text of HTML and plain text; {@code null} for documents. Plain text has
 *     lost the characters that carry no text; HTML keeps them until it is parsed ({@link CleanReader})
 * @param bytes the raw bytes of documents; {@code null} for HTML and text
 * @param url the page's address when known, else {@code null}
 */
public record Content(String name, MediaKind kind, String text, byte[] bytes, String url) {

    public Content {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if ((kind == MediaKind.DOCUMENT) != (bytes != null)) {
            throw new IllegalArgumentException("documents carry bytes, HTML and text carry text");
        }
    }
}
