package org.declutter.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays paragraphs out as a PDF with a running head and a page number on every page, wrapping lines
 * at a fixed width and breaking pages wherever the lines run out, as a word processor does.
 */
final class PaginatedPdf {

    private static final int WRAP = 80;
    private static final int LINES_PER_PAGE = 30;

    private PaginatedPdf() {
    }

    /** The PDF's bytes; {@code footer} is a format with the page number and page count. */
    static byte[] of(String head, String footer, List<String> paragraphs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.addAll(wrap(paragraph));
            lines.add("");
        }
        int pages = (lines.size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 0; n < pages; n++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    show(cs, font, 9, 72, 750, List.of(head));
                    show(cs, font, 11, 72, 710, lines.subList(n * LINES_PER_PAGE, Math.min(lines.size(), (n + 1) * LINES_PER_PAGE)));
                    show(cs, font, 9, 280, 40, List.of(String.format(footer, n + 1, pages)));
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream cs, PDFont font, float size, float x, float y, List<String> lines)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setLeading(size * 1.4f);
        cs.newLineAtOffset(x, y);
        for (String line : lines) {
            cs.showText(line);
            cs.newLine();
        }
        cs.endText();
    }

    private static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
