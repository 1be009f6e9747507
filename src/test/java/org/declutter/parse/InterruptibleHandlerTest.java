package org.declutter.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.tika.sax.ToTextContentHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

class InterruptibleHandlerTest {

    private final ToTextContentHandler text = new ToTextContentHandler();
    private final InterruptibleHandler handler = new InterruptibleHandler(text);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void passesOutputOnWhileTheThreadRuns() throws SAXException {
        handler.startElement("", "p", "p", new AttributesImpl());
        handler.characters("Text.".toCharArray(), 0, 5);
        handler.endElement("", "p", "p");

        assertThat(text.toString()).isEqualTo("Text.");
    }

    @Test
    void failsTheNextPieceOfOutputOnceTheThreadIsInterrupted() throws SAXException {
        handler.characters("Before.".toCharArray(), 0, 7);
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> handler.characters("After.".toCharArray(), 0, 6))
            .isInstanceOf(SAXException.class).hasMessage("interrupted");
        assertThatThrownBy(() -> handler.startElement("", "p", "p", new AttributesImpl()))
            .isInstanceOf(SAXException.class);
        assertThat(text.toString()).isEqualTo("Before.");
    }
}
