package ru.nastavnik.roadmap.document;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import ru.nastavnik.platform.text.UploadedText;

/**
 * The text of an uploaded document: a PDF's text layer (PDFBox, lines in reading order), or plain text in UTF-8 or
 * Windows-1251. A scanned PDF without a text layer is refused with a message rather than read as nothing.
 */
public final class DocumentExtraction {

    private DocumentExtraction() {
    }

    public static String text(byte[] file) {
        if (file.length >= 5 && file[0] == '%' && file[1] == 'P' && file[2] == 'D' && file[3] == 'F') {
            return pdf(file);
        }
        if (file.length >= 4 && file[0] == 'P' && file[1] == 'K') {
            throw new IllegalArgumentException("Файлы DOCX пока не читаются: сохраните документ как PDF или текст");
        }
        return UploadedText.decode(file);
    }

    private static String pdf(byte[] file) {
        try (PDDocument document = Loader.loadPDF(file)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document);
            if (text.isBlank()) {
                throw new IllegalArgumentException("В PDF нет текстового слоя (похоже на скан): распознайте текст и загрузите снова");
            }
            return text;
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("Файл не читается как PDF");
        }
    }
}
