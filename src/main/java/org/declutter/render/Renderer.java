package org.declutter.render;

import org.declutter.Result;

/** Writes a cleaning result in one output format. Implementations are stateless and thread-safe. */
public interface Renderer {

    /** The result as this format's text, ending with a newline unless empty. */
    String render(Result result);
}
