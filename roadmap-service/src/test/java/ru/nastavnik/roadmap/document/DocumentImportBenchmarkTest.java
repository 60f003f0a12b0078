package ru.nastavnik.roadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a timed test: it prints how many documents a second the reader imports, next to what the machine
 * does with the same text at its raw limit (only splitting it into lines) in the same run, and checks only that
 * every round read the same thing.
 */
class DocumentImportBenchmarkTest {

    private static final int WARM_UP_ROUNDS = 50;
    private static final int ROUNDS = 200;

    private static List<String> seeds() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : List.of("000_4fdb39cc1f50c29f", "001_9600eaf07fc5e7ca", "002_451ed4a7e8a47f25",
                "003_be43eb75f4d6e7d9", "004_f6f013090ff16a95")) {
            try (InputStream in = DocumentImportBenchmarkTest.class.getResourceAsStream("/seeds/" + name + ".txt")) {
                texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    @Test
    void documentsPerSecondAgainstTheRawSplit() throws IOException {
        List<String> documents = seeds();
        long bytes = documents.stream().mapToLong(text -> text.getBytes(StandardCharsets.UTF_8).length).sum();
        RoadmapDocumentReader reader = new RoadmapDocumentReader();
        List<Integer> firstReading = documents.stream().map(text -> reader.read(text).actionCount()).toList();

        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            documents.forEach(reader::read);
            documents.forEach(text -> text.split("\n"));
        }
        long lines = 0;
        long rawStart = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            for (String text : documents) {
                lines += text.split("\n").length;
            }
        }
        long rawNanos = System.nanoTime() - rawStart;
        long readStart = System.nanoTime();
        List<Integer> lastReading = List.of();
        for (int i = 0; i < ROUNDS; i++) {
            lastReading = documents.stream().map(text -> reader.read(text).actionCount()).toList();
        }
        long readNanos = System.nanoTime() - readStart;

        double documentsPerSecond = ROUNDS * documents.size() / (readNanos / 1e9);
        double readMegabytesPerSecond = ROUNDS * bytes / (readNanos / 1e9) / 1e6;
        double rawMegabytesPerSecond = ROUNDS * bytes / (rawNanos / 1e9) / 1e6;
        System.out.printf("document import: %.0f documents/s (%.1f MB/s of text); raw line split on this machine: "
                        + "%.1f MB/s; the import runs at %.1f%% of the raw limit (%d documents × %d rounds, %d lines)%n",
                documentsPerSecond, readMegabytesPerSecond, rawMegabytesPerSecond,
                100 * readMegabytesPerSecond / rawMegabytesPerSecond, documents.size(), ROUNDS, lines / ROUNDS);

        assertThat(lastReading).as("every round reads the same").isEqualTo(firstReading);
    }
}
