package ru.nastavnik.roadmap.document;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import ru.nastavnik.platform.text.UploadedText;

/**
 * The rows of an uploaded document: a Word document's tables as tables (Apache POI), a PDF's table rebuilt from
 * where its words stand, page by page (Apache PDFBox; its text in reading order when it holds no table), or plain
 * text in UTF-8 or Windows-1251. A scanned PDF without a text layer is
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
            return pdf(file, progress);
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
            throw new UnreadableDocumentException("Старый формат Word (.doc) не читается: сохраните документ как DOCX или PDF");
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

    private static DocumentRows pdf(byte[] file, Progress progress) {
        try (PDDocument document = Loader.loadPDF(file)) {
            return PdfTable.read(document, progress);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof UnreadableDocumentException said) {
                throw said;
            }
            throw new UnreadableDocumentException("Файл не читается как PDF");
        }
    }
}
