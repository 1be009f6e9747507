package org.declutter.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.declutter.source.Content;
import org.declutter.source.InputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;

/**
 * Parses PDF, Office, OpenDocument, RTF, EPUB and every other format Tika knows into XHTML, then
 * into a jsoup document. Lines that Tika leaves hard-wrapped inside a paragraph (PDF) are rejoined.
 *
 * <p>Tika is loaded on first use only, so runs over HTML and text never pay its start-up.
 */
public final class DocumentParser implements Parser {

    /** Upper bound on extracted characters, so a decompression bomb cannot fill the heap. */
    private static final int MAX_CHARS = 32 << 20;

    @Override
    public Page parse(Content content) throws InputException {
        Metadata metadata = new Metadata();
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        try (InputStream in = new ByteArrayInputStream(content.bytes())) {
            Tika.PARSER.parse(in, new WriteOutContentHandler(xhtml, MAX_CHARS), metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new InputException("encrypted document", e);
        } catch (ZeroByteFileException e) {
            throw new InputException("empty input", e);
        } catch (TikaException | SAXException e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new InputException("document text larger than " + (MAX_CHARS >> 20) + "M characters", e);
            }
            throw new InputException(unreadable(metadata), e);
        } catch (IOException e) {
            throw new InputException("cannot read document: " + e.getMessage(), e);
        }
        String type = metadata.get(Metadata.CONTENT_TYPE);
        if (type == null || MediaType.OCTET_STREAM.toString().equals(MediaType.parse(type).getBaseType().toString())) {
            throw new InputException("binary data, not a document declutter can read");
        }
        Document dom = Jsoup.parse(xhtml.toString());
        rejoinWrappedLines(dom);
        return new Page(content.name(), dom, false, content.url());
    }

    private static String unreadable(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? "unreadable or corrupt document" : "unreadable or corrupt document (" + type + ")";
    }

    /**
     * Replaces each paragraph that holds hard line breaks with the paragraphs they wrap, the wrap
     * width measured on the whole document.
     */
    private static void rejoinWrappedLines(Document dom) {
        List<Element> blocks = dom.body().select("p");
        ParagraphJoiner joiner = ParagraphJoiner.fittedTo(String.join("\n", blocks.stream().map(Element::wholeText).toList()));
        for (Element p : blocks) {
            String text = p.wholeText();
            if (text.indexOf('\n') < 0) {
                continue;
            }
            List<String> paragraphs = joiner.split(text);
            for (String paragraph : paragraphs) {
                p.before(new Element("p").text(paragraph));
            }
            p.remove();
        }
    }

    /** Holds Tika's parser so that it is created only when a document arrives. */
    private static final class Tika {
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }
}
