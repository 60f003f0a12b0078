package ru.nastavnik.roadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A benchmark, not a timed test: for each format a school uploads it prints how many documents a second the platform
 * imports (extraction and reading), next to the machine's raw limit for the same files in the same run — splitting
 * the text into lines, unzipping the Word file, parsing the PDF without extracting its text — and checks only that
 * every round read the same thing.
 */
class DocumentImportBenchmarkTest {

    private static final List<String> SEEDS = List.of("000_4fdb39cc1f50c29f", "001_9600eaf07fc5e7ca",
            "002_451ed4a7e8a47f25", "003_be43eb75f4d6e7d9", "004_f6f013090ff16a95");
    private final RoadmapDocumentReader reader = new RoadmapDocumentReader();

    private static byte[] resource(String path) {
        try (InputStream in = DocumentImportBenchmarkTest.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int imported(byte[] file) {
        return reader.read(DocumentExtraction.rows(file, (done, of) -> { })).actionCount();
    }

    private static int unzipped(byte[] docx) {
        int bytes = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            while (zip.getNextEntry() != null) {
                bytes += zip.readAllBytes().length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    private static int parsed(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the import and the raw limit over the same files, prints both; answers the last round's readings. */
    private List<Integer> measure(String format, List<byte[]> files, Function<byte[], Integer> raw, int rounds) {
        List<Integer> first = files.stream().map(this::imported).toList();
        for (int i = 0; i < rounds / 4 + 1; i++) {
            files.forEach(this::imported);
            files.forEach(raw::apply);
        }
        long rawStart = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            files.forEach(raw::apply);
        }
        long rawNanos = System.nanoTime() - rawStart;
        long importStart = System.nanoTime();
        List<Integer> last = List.of();
        for (int i = 0; i < rounds; i++) {
            last = files.stream().map(this::imported).toList();
        }
        long importNanos = System.nanoTime() - importStart;
        long bytes = files.stream().mapToLong(file -> file.length).sum();
        double documentsPerSecond = rounds * files.size() / (importNanos / 1e9);
        double rawPerSecond = rounds * files.size() / (rawNanos / 1e9);
        System.out.printf("document import, %s: %.0f documents/s (%.2f MB/s of files); raw limit (%s): %.0f documents/s;"
                        + " the import runs at %.1f%% of it (%d documents × %d rounds, %d KB)%n", format,
                documentsPerSecond, rounds * bytes / (importNanos / 1e9) / 1e6, rawLimit(format), rawPerSecond,
                100 * documentsPerSecond / rawPerSecond, files.size(), rounds, bytes / 1024);
        assertThat(last).as("every round reads the same").isEqualTo(first);
        return last;
    }

    private static String rawLimit(String format) {
        return switch (format) {
            case "text" -> "the text split into lines";
            case "DOCX" -> "the file unzipped";
            default -> "the PDF parsed, no text extracted";
        };
    }

    @Test
    void documentsPerSecondForEachFormatAgainstTheRawLimitOfTheMachine() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<byte[]> texts = new ArrayList<>();
        List<byte[]> words = new ArrayList<>();
        List<byte[]> pdfs = new ArrayList<>();
        List<byte[]> pdfTables = new ArrayList<>();
        for (String seed : SEEDS) {
            byte[] text = resource("/seeds/" + seed + ".txt");
            texts.add(text);
            pdfs.add(PdfDocuments.ofText(new String(text, StandardCharsets.UTF_8)));
            var expected = json.readTree(resource("/seeds/" + seed.substring(0, 3) + ".expected.json"));
            words.add(WordDocuments.ofExpected(expected).bytes());
            pdfTables.add(PdfDocuments.tableOf(expected));
        }

        List<Integer> fromText = measure("text", texts, text -> new String(text, StandardCharsets.UTF_8).split("\n").length, 200);
        List<Integer> fromWord = measure("DOCX", words, DocumentImportBenchmarkTest::unzipped, 40);
        measure("PDF, the seed's text", pdfs, DocumentImportBenchmarkTest::parsed, 20);
        List<Integer> fromPdfTables = measure("PDF, a printed table", pdfTables, DocumentImportBenchmarkTest::parsed, 20);

        assertThat(fromWord).as("the Word tables hold the same actions as the texts").isEqualTo(fromText);
        assertThat(fromPdfTables).as("so do the PDF tables").isEqualTo(fromText);
    }
}
