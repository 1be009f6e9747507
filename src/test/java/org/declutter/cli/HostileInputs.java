package org.declutter.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Makes the hostile inputs that are too large, too binary or too odd to keep in the repository
 * (a 50 MB line, a gzip bomb, an encrypted PDF, a FIFO ...), by the name of their case under
 * {@code testdata/hostile/}. Each is made once per test run, in a temporary directory.
 */
final class HostileInputs {

    private static final String PARAGRAPH = "The council met on Tuesday to discuss the new budget, and most of "
        + "the members agreed that the library should stay open in the evenings.";

    private HostileInputs() {
    }

    /** Makes the input of case {@code name} in {@code dir} and returns its path. */
    static Path make(String name, Path dir) throws IOException, InterruptedException {
        return switch (name) {
            case "random-binary" -> write(dir.resolve("random.bin"), random(4096));
            case "single-line-50mb" -> singleLine(dir.resolve("line.txt"), 50_000_000);
            case "nested-divs-100k" -> nested(dir.resolve("nested.html"), 100_000);
            case "siblings-1m" -> siblings(dir.resolve("siblings.html"), 1_000_000);
            case "gzip-bomb" -> gzipBomb(dir.resolve("bomb.html.gz"));
            case "gzip-truncated" -> truncatedGzip(dir.resolve("cut.txt.gz"));
            case "zip-bomb-docx" -> write(dir.resolve("bomb.docx"), docx(bombBody(), null));
            case "xxe-docx" -> write(dir.resolve("xxe.docx"), docx("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>",
                "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
            case "truncated-docx" -> {
                byte[] whole = docx("<w:p><w:r><w:t>" + PARAGRAPH + "</w:t></w:r></w:p>", null);
                yield write(dir.resolve("cut.docx"), Arrays.copyOf(whole, whole.length / 2));
            }
            case "encrypted-pdf" -> write(dir.resolve("locked.pdf"), encryptedPdf());
            case "directory" -> Files.createDirectories(dir.resolve("folder.html"));
            case "fifo" -> fifo(dir.resolve("pipe.txt"));
            case "unreadable" -> unreadable(dir.resolve("secret.txt"));
            case "vanished" -> dir.resolve("gone.txt");
            case "output-dir-read-only" -> readOnlyOutput(dir.resolve("readonly.html"));
            default -> throw new IllegalArgumentException("no generator and no input file for hostile case " + name);
        };
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(6).nextBytes(bytes);
        return bytes;
    }

    private static Path singleLine(Path file, int size) throws IOException {
        byte[] words = (PARAGRAPH + " ").getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            for (int written = 0; written < size; written += chunk.length) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = words[(written + i) % words.length];
                }
                out.write(chunk, 0, Math.min(chunk.length, size - written));
            }
            out.write('\n');
        }
        return file;
    }

    private static Path nested(Path file, int depth) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("<html><body>");
            for (int i = 0; i < depth; i++) {
                out.write("<div>");
            }
            out.write("<p>" + PARAGRAPH + "</p>");
            for (int i = 0; i < depth; i++) {
                out.write("</div>");
            }
            out.write("</body></html>\n");
        }
        return file;
    }

    private static Path siblings(Path file, int count) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("<html><body><article><p>" + PARAGRAPH + "</p>");
            for (int i = 0; i < count; i++) {
                out.write("<i></i>");
            }
            out.write("</article></body></html>\n");
        }
        return file;
    }

    /** Gzip members may be concatenated: one member of 64 MiB of spaces, repeated 32 times, is 2 GiB. */
    private static Path gzipBomb(Path file) throws IOException {
        ByteArrayOutputStream member = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(member)) {
            gz.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                gz.write(spaces);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 32; i++) {
                member.writeTo(out);
            }
        }
        return file;
    }

    private static Path truncatedGzip(Path file) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(whole)) {
            gz.write((PARAGRAPH + "\n").repeat(50).getBytes(StandardCharsets.US_ASCII));
        }
        return write(file, Arrays.copyOf(whole.toByteArray(), whole.size() / 2));
    }

    /** A body of 20 MB of identical paragraphs, which deflates to about 40 kilobytes. */
    private static String bombBody() {
        return "<w:p><w:r><w:t>" + "a ".repeat(1000) + "</w:t></w:r></w:p>";
    }

    private static byte[] docx(String body, String doctype) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer xml = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + (doctype == null ? "" : doctype)
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>" + PARAGRAPH + "</w:t></w:r></w:p>");
            int repeat = body.length() > 1000 ? 10_000 : 1;
            for (int i = 0; i < repeat; i++) {
                xml.write(body);
            }
            xml.write("</w:body></w:document>");
            xml.flush();
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 720);
                text.showText(PARAGRAPH.substring(0, 60));
                text.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static Path fifo(Path file) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0) {
            throw new IOException("mkfifo failed");
        }
        return file;
    }

    /** An input beside the directory {@code INPUT.d} that no one may write to. */
    private static Path readOnlyOutput(Path file) throws IOException {
        Files.writeString(file, "<html><body><article><p>" + PARAGRAPH + "</p></article></body></html>\n");
        Path out = Files.createDirectories(file.resolveSibling(file.getFileName() + ".d"));
        if (!out.toFile().setWritable(false, false)) {
            throw new IOException("cannot make " + out + " read-only");
        }
        return file;
    }

    private static Path unreadable(Path file) throws IOException {
        Files.writeString(file, PARAGRAPH + "\n");
        if (!file.toFile().setReadable(false, false)) {
            throw new IOException("cannot make " + file + " unreadable");
        }
        return file;
    }
}
