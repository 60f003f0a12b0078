package ru.nastavnik.pairing.orders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

import org.springframework.stereotype.Component;

/** The order «О закреплении наставнических пар (групп)» as a DOCX to edit and as a PDF to print. */
@Component
public final class OrderDocuments {

    /** The order as an editable Word document (A4, Times New Roman). */
    public byte[] docx(OrderDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return render(out -> DocxOrderWriter.write(draft, out), "DOCX");
    }

    /** The order as a PDF (A4, DejaVu fonts embedded, the appendix table flowing across pages). */
    public byte[] pdf(OrderDraft draft) {
        Objects.requireNonNull(draft, "draft");
        return render(out -> PdfOrderWriter.write(draft, out), "PDF");
    }

    private interface Writer {
        void write(ByteArrayOutputStream out) throws IOException;
    }

    private static byte[] render(Writer writer, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The order could not be rendered as " + format, e);
        }
        return out.toByteArray();
    }
}
