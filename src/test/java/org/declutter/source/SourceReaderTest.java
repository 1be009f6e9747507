package org.declutter.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Reading sources: gzip, kind detection by content, charsets, and the inputs that cannot be read. */
class SourceReaderTest {

    private static final String ARTICLE = "“Mexican authorities can present the deterioration in Mexico’s security situation,” "
        + "said Mónica Serrano, a researcher at El Colegio de México.\n";
    private static final String RUSSIAN = "Министр иностранных дел заявил в четверг, что переговоры о безопасности "
        + "продолжатся на следующей неделе. По его словам, стороны договорились обсудить торговлю, миграцию "
        + "и борьбу с организованной преступностью. Эксперты считают, что встреча поможет улучшить отношения "
        + "между странами, которые в последние месяцы оставались напряжёнными.";

    private final SourceReader reader = new SourceReader(SourceReader.DEFAULT_MAX_BYTES);

    private Content read(byte[] bytes) throws InputException {
        return reader.read(Source.of("in", bytes));
    }

    @Test
    void decodesUtf8TextAndKnowsItIsText() throws InputException {
        Content content = read(ARTICLE.getBytes(StandardCharsets.UTF_8));

        assertThat(content.kind()).isEqualTo(MediaKind.TEXT);
        assertThat(content.text()).isEqualTo(ARTICLE);
    }

    @Test
    void aStreamIsReadOnceAndTheSecondTimeSaysSo() throws InputException {
        Source source = Source.ofStream("stdin", new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));

        assertThat(reader.read(source).text()).isEqualTo(ARTICLE);
        assertThatThrownBy(() -> reader.read(source)).isInstanceOf(InputException.class)
            .hasMessage("cannot read: the stream was read already (a stream source can be read once)");
        assertThatThrownBy(() -> Source.ofStream("stdin", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void decodesUndeclaredWindows1252Text() throws InputException {
        Content content = read(ARTICLE.getBytes(Charset.forName("windows-1252")));

        assertThat(content.text()).isEqualTo(ARTICLE);
    }

    @Test
    void decodesUtf16WithAndWithoutByteOrderMark() throws InputException {
        byte[] le = concat(new byte[] {(byte) 0xff, (byte) 0xfe}, ARTICLE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = ARTICLE.getBytes(StandardCharsets.UTF_16BE);

        assertThat(read(le).text()).isEqualTo(ARTICLE);
        assertThat(read(be).text()).isEqualTo(ARTICLE);
        assertThat(read(be).kind()).isEqualTo(MediaKind.TEXT);
    }

    @Test
    void dropsAUtf8ByteOrderMark() throws InputException {
        byte[] bytes = concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, ARTICLE.getBytes(StandardCharsets.UTF_8));

        assertThat(read(bytes).text()).isEqualTo(ARTICLE);
    }

    @Test
    void honoursAPagesDeclaredCharset() throws InputException {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">"
            + "</head><body><p>Prix : 20 €, déjà payé.</p></body></html>";

        Content content = read(page.getBytes(Charset.forName("ISO-8859-15")));

        assertThat(content.kind()).isEqualTo(MediaKind.HTML);
        assertThat(content.text()).contains("20 €, déjà payé");
    }

    @Test
    void honoursAnXmlEncodingDeclaration() throws InputException {
        String page = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<body><p>Łódź i Poznań.</p></body></html>";

        assertThat(read(page.getBytes(Charset.forName("ISO-8859-2"))).text()).contains("Łódź i Poznań.");
    }

    @Test
    void detectsTheCharsetOfAnUndeclaredLegacyPage() throws InputException {
        String page = "<html><head><title>Новости</title></head><body><p>" + RUSSIAN + "</p></body></html>";

        Content content = read(page.getBytes(Charset.forName("windows-1251")));

        assertThat(content.kind()).isEqualTo(MediaKind.HTML);
        assertThat(content.text()).contains(RUSSIAN);
    }

    @Test
    void detectsTheCharsetOfUndeclaredLegacyText() throws InputException {
        assertThat(read(RUSSIAN.getBytes(Charset.forName("KOI8-R"))).text()).isEqualTo(RUSSIAN);
    }

    @Test
    void prefersValidUtf8OverADeclarationThatIsWrong() throws InputException {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>" + ARTICLE + "</p></body></html>";

        assertThat(read(page.getBytes(StandardCharsets.UTF_8)).text()).contains(ARTICLE);
        assertThat(read(page.getBytes(Charset.forName("windows-1252"))).text()).contains(ARTICLE);
    }

    @Test
    void undoesGzip() throws IOException, InputException {
        String page = "<!DOCTYPE html><html><body><p>" + ARTICLE + "</p></body></html>";

        Content content = read(gzip(page.getBytes(StandardCharsets.UTF_8)));

        assertThat(content.kind()).isEqualTo(MediaKind.HTML);
        assertThat(content.text()).isEqualTo(page);
    }

    @Test
    void handsDocumentsOnAsBytes() throws InputException {
        byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

        Content content = read(pdf);

        assertThat(content.kind()).isEqualTo(MediaKind.DOCUMENT);
        assertThat(content.bytes()).isEqualTo(pdf);
    }

    @Test
    void tellsXhtmlFromOtherXml() throws InputException {
        String xhtml = "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Hi.</p></body></html>";
        String feed = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title></channel></rss>";

        assertThat(read(xhtml.getBytes(StandardCharsets.UTF_8)).kind()).isEqualTo(MediaKind.HTML);
        assertThat(read(feed.getBytes(StandardCharsets.UTF_8)).kind()).isEqualTo(MediaKind.DOCUMENT);
    }

    @Test
    void letsTheCallerFixTheKind() throws InputException {
        Content content = reader.read(Source.of("in", "<p>x</p>".getBytes(StandardCharsets.UTF_8)).withKind(MediaKind.TEXT));

        assertThat(content.kind()).isEqualTo(MediaKind.TEXT);
    }

    @Test
    void refusesToReadBinaryDataAsTextWhenTheCallerForcesIt() {
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> reader.read(Source.of("in", pdf).withKind(MediaKind.TEXT)))
            .isInstanceOf(InputException.class).hasMessage("binary data, not text");
        assertThatThrownBy(() -> reader.read(Source.of("in", pdf).withKind(MediaKind.HTML)))
            .isInstanceOf(InputException.class).hasMessage("binary data, not HTML");
    }

    @Test
    void refusesEmptyAndBlankInput() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(InputException.class).hasMessage("empty input");
        assertThatThrownBy(() -> read(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII))).hasMessage("empty input");
    }

    @Test
    void refusesInputOverTheSizeLimit() {
        SourceReader small = new SourceReader(1 << 20);

        assertThatThrownBy(() -> small.read(Source.of("in", new byte[(1 << 20) + 1])))
            .isInstanceOf(InputException.class).hasMessageStartingWith("input larger than 1 MiB");
    }

    @Test
    void refusesTruncatedGzip() throws IOException {
        byte[] gz = gzip(ARTICLE.repeat(50).getBytes(StandardCharsets.UTF_8));
        byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);

        assertThatThrownBy(() -> read(cut)).isInstanceOf(InputException.class).hasMessage("truncated gzip data");
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buffer)) {
            gz.write(bytes);
        }
        return buffer.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
