package org.declutter.cli;

/** Where cleaned results go: standard output, or one file per input in a directory. */
interface Destination {

    /** Delivers the rendered result of one input. */
    void deliver(Input input, String output) throws OutputException;
}
