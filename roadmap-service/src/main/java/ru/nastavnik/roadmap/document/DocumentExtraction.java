package ru.nastavnik.roadmap.document;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import ru.nastavnik.platform.text.UploadedText;

/**
 * The rows of an uploaded document: a Word document's tables as tables (Apache POI), a PDF's text layer page by page
 * in reading order (Apache PDFBox), or plain text in UTF-8 or Windows-1251. A scanned PDF without a text layer is
 * refused with a message rather than read as nothing; an old binary .doc is refused with what to do.
 */
public final class DocumentExtraction {

    /** How far the reading got, in pages (a file without pages is one). */
    @FunctionalInterface
    public interface Progress {
        void pages(int read, int of);
    }

    private DocumentExtraction() {
    }

    public static DocumentRows rows(byte[] file, Progress progress) {
        if (startsWith(file, '%', 'P', 'D', 'F')) {
            return new DocumentRows(DocumentText.rows(pdf(file, progress)), false);
        }
        if (startsWith(file, 'P', 'K')) {
            progress.pages(0, 1);
            DocumentRows rows = DocxTables.rows(file);
            progress.pages(1, 1);
            return rows;
        }
        refuseUnsupported(file);
        DocumentRows rows = new DocumentRows(DocumentText.rows(UploadedText.decode(file)), false);
        progress.pages(1, 1);
        return rows;
    }

    /** Refuses at once what is not read at all (an old binary .doc), before any background reading starts. */
    public static void refuseUnsupported(byte[] file) {
        if (startsWith(file, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new IllegalArgumentException("Старый формат Word (.doc) не читается: сохраните документ как DOCX или PDF");
        }
    }

    private static boolean startsWith(byte[] file, int... signature) {
        if (file.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((file[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static String pdf(byte[] file, Progress progress) {
        try (PDDocument document = Loader.loadPDF(file)) {
            int pages = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            StringBuilder text = new StringBuilder();
            progress.pages(0, pages);
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                text.append(stripper.getText(document)).append("\f\n");
                progress.pages(page, pages);
            }
            if (text.toString().isBlank()) {
                throw new IllegalArgumentException("В PDF нет текстового слоя (похоже на скан): распознайте текст и загрузите снова");
            }
            return text.toString();
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("Файл не читается как PDF");
        }
    }
}
