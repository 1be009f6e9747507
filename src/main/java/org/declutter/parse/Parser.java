package org.declutter.parse;

import org.declutter.source.Content;
import org.declutter.source.InputException;

/** Turns read content of one kind into a {@link Page}. */
public interface Parser {

    /** Parses the content; fails with a user-facing reason when the content cannot be parsed. */
    Page parse(Content content) throws InputException;
}
