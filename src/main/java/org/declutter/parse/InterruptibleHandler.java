package org.declutter.parse;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Passes a document parser's output on until the thread that parses is interrupted, then fails the
 * parse at its next piece of output. A document that runs out of time has its thread interrupted and
 * abandoned; Tika's parsers do not look at the interruption themselves, and one would otherwise go
 * on parsing a large document for seconds, taking a core from the rest of the batch.
 */
final class InterruptibleHandler extends ContentHandlerDecorator {

    InterruptibleHandler(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        stopIfInterrupted();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        stopIfInterrupted();
        super.endElement(uri, localName, name);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        stopIfInterrupted();
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        stopIfInterrupted();
        super.ignorableWhitespace(ch, start, length);
    }

    private static void stopIfInterrupted() throws SAXException {
        if (Thread.currentThread().isInterrupted()) {
            throw new SAXException("interrupted");
        }
    }
}
