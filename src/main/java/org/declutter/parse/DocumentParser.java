package org.declutter.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
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
    /** How many paragraphs from the top a wrapped headline may start in. */
    private static final int TITLE_SEARCH = 10;
    /** Names users know for the media types Tika reports on a document it cannot finish. */
    private static final Map<String, String> FORMAT_NAMES = Map.of(
        "application/pdf", "PDF",
        "application/x-tika-ooxml", "Office document (DOCX, XLSX, PPTX)",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX",
        "application/x-tika-msoffice", "Office document (DOC, XLS, PPT)",
        "application/vnd.oasis.opendocument.text", "ODT",
        "application/epub+zip", "EPUB",
        "application/rtf", "RTF",
        "application/zip", "zip archive");
    /**
     * Archives, by the name users know them by: they hold documents rather than being one, and
     * their entries are not read (an input is one document), so an empty result says that.
     */
    private static final Map<String, String> ARCHIVES = Map.of(
        "application/zip", "zip",
        "application/x-tar", "tar",
        "application/x-gtar", "tar",
        "application/x-7z-compressed", "7z",
        "application/x-cpio", "cpio",
        "application/x-archive", "ar",
        "application/java-archive", "jar",
        "application/vnd.ms-cab-compressed", "cab",
        "application/x-rar-compressed", "rar");

    @Override
    public Page parse(Content content) throws InputException {
        Metadata metadata = new Metadata();
        ToXMLContentHandler xhtml = new ToXMLContentHandler();
        try (InputStream in = new ByteArrayInputStream(content.bytes())) {
            Tika.PARSER.parse(in, new InterruptibleHandler(new WriteOutContentHandler(xhtml, MAX_CHARS)), metadata,
                new ParseContext());
        } catch (TikaException | SAXException | IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Whatever a parser makes of being stopped, the cause is the interruption.
                throw Stopped.by(e);
            }
            throw reason(e, metadata);
        }
        String type = baseType(metadata);
        if (type == null || MediaType.OCTET_STREAM.toString().equals(type)) {
            throw new InputException("binary data, not a document declutter can read");
        }
        Document dom = DepthLimit.htmlParser().parseInput(xhtml.toString(), "");
        // Files inside the document that are not in its reading order (an EPUB's table of
        // contents, attachments) are not the article.
        dom.body().select("div.embedded, div.package-entry").remove();
        // A document without a single character of text (cut short, or scanned pages only) would
        // otherwise pass for a cleaned article with an empty body: say so instead.
        if (!dom.body().hasText()) {
            String archive = ARCHIVES.get(type);
            throw new InputException(archive == null ? "no text in the document (truncated, or images only?)"
                : "a " + archive + " archive, not a document: unpack it and clean its files (declutter -r DIR)");
        }
        rejoinWrappedLines(dom);
        mendWrappedTitle(dom);
        return new Page(content.name(), dom, false, content.url());
    }

    /** The one-line reason a document could not be parsed. */
    private static InputException reason(Exception e, Metadata metadata) {
        if (e instanceof EncryptedDocumentException) {
            return new InputException("encrypted document", e);
        }
        if (e instanceof ZeroByteFileException) {
            return new InputException("empty input", e);
        }
        if (e instanceof IOException) {
            return new InputException("cannot read document: " + e.getMessage(), e);
        }
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new InputException("document text larger than " + (MAX_CHARS >> 20) + "M characters", e);
        }
        return new InputException(isBomb(e) ? "expands far beyond its size (a zip bomb?)" : unreadable(metadata), e);
    }

    /** Whether Tika or its Office parser refused the input for inflating past their safety limits. */
    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.toLowerCase(Locale.ROOT).contains("zip bomb")
                || message.contains("maximum length for this record"))) {
                return true;
            }
        }
        return false;
    }

    private static String unreadable(Metadata metadata) {
        String type = baseType(metadata);
        return type == null ? "unreadable or corrupt document"
            : "unreadable, corrupt or truncated " + FORMAT_NAMES.getOrDefault(type, type);
    }

    /** The media type Tika named the input, without its parameters, or {@code null} when it named none. */
    private static String baseType(Metadata metadata) {
        String type = metadata.get(Metadata.CONTENT_TYPE);
        return type == null ? null : MediaType.parse(type).getBaseType().toString();
    }

    /**
     * Rejoins lines that Tika leaves hard-wrapped inside paragraphs (PDF). Each run of sibling
     * paragraphs is re-split as one text, so that the wrap width is measured over all its lines:
     * one paragraph alone has too few lines to tell wrapped text from a list of short lines.
     */
    private static void rejoinWrappedLines(Document dom) {
        PdfPages.join(dom);
        Set<Element> parents = new LinkedHashSet<>();
        for (Element p : dom.body().select("p")) {
            if (p.wholeText().indexOf('\n') >= 0) {
                parents.add(p.parent());
            }
        }
        for (Element parent : parents) {
            for (List<Element> run : paragraphRuns(parent)) {
                resplit(run);
            }
        }
    }

    /** The runs of consecutive {@code <p>} children of an element. */
    private static List<List<Element>> paragraphRuns(Element parent) {
        List<List<Element>> runs = new ArrayList<>();
        List<Element> run = new ArrayList<>();
        for (Element child : parent.children()) {
            if (child.normalName().equals("p")) {
                run.add(child);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static void resplit(List<Element> run) {
        StringBuilder text = new StringBuilder();
        for (Element p : run) {
            // A blank line keeps Tika's own paragraph breaks.
            text.append(p.wholeText()).append("\n\n");
        }
        Element first = run.get(0);
        for (String paragraph : ParagraphJoiner.paragraphs(text.toString())) {
            first.before(new Element("p").text(paragraph));
        }
        run.forEach(Element::remove);
    }

    /**
     * Rejoins a headline that the page layout wrapped over several lines, found by the document's
     * own title property: no rule on the lines alone can tell "Meet in DC to Discuss" / "Security
     * Issues" from a headline and a separate line.
     */
    private static void mendWrappedTitle(Document dom) {
        String title = dom.title().strip();
        Elements paragraphs = dom.body().select("p");
        int top = Math.min(paragraphs.size(), TITLE_SEARCH);
        for (int start = 0; start < top; start++) {
            StringBuilder joined = new StringBuilder(paragraphs.get(start).text());
            for (int end = start + 1; end < top && joined.length() < title.length(); end++) {
                joined.append(' ').append(paragraphs.get(end).text());
                if (joined.toString().equals(title)) {
                    paragraphs.get(start).text(title);
                    paragraphs.subList(start + 1, end + 1).forEach(Element::remove);
                    return;
                }
            }
        }
    }

    /**
     * Holds Tika's parser so that it is created only when a document arrives, on a thread that no
     * time-out interrupts ({@link Uninterrupted}).
     */
    private static final class Tika {
        static final AutoDetectParser PARSER = Uninterrupted.call("declutter-tika", AutoDetectParser::new);
    }
}
