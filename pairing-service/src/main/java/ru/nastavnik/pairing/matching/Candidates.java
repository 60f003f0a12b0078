package ru.nastavnik.pairing.matching;

import java.util.Arrays;

/**
 * The eligible mentors of each open mentee with the pair's score, in compressed rows: row {@code r} (the mentee
 * {@code instance.open()[r]}) holds {@code mentor[start[r]..start[r+1])}, mentors ascending. Mentors with no free
 * place are kept here (explanations need them) and left out of the graph.
 */
final class Candidates {

    final int[] start;
    final int[] mentor;
    final int[] score;

    private Candidates(int[] start, int[] mentor, int[] score) {
        this.start = start;
        this.mentor = mentor;
        this.score = score;
    }

    int rows() {
        return start.length - 1;
    }

    int size() {
        return start[start.length - 1];
    }

    /** Builds rows one after another; each row's mentors are sorted when it ends. */
    static final class Builder {
        private final int[] start;
        private int[] mentor;
        private int[] score;
        private int row;
        private int size;

        Builder(int rows, int expectedSize) {
            start = new int[rows + 1];
            mentor = new int[Math.max(16, expectedSize)];
            score = new int[mentor.length];
        }

        void add(int mentorIndex, int pairScore) {
            if (size == mentor.length) {
                mentor = Arrays.copyOf(mentor, size * 2);
                score = Arrays.copyOf(score, size * 2);
            }
            mentor[size] = mentorIndex;
            score[size] = pairScore;
            size++;
        }

        void endRow() {
            int from = start[row];
            if (!ascending(from, size)) {
                sortRow(from, size);
            }
            row++;
            start[row] = size;
        }

        Candidates build() {
            if (row != start.length - 1) {
                throw new IllegalStateException("built " + row + " rows of " + (start.length - 1));
            }
            return new Candidates(start, Arrays.copyOf(mentor, size), Arrays.copyOf(score, size));
        }

        private boolean ascending(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                if (mentor[k - 1] >= mentor[k]) {
                    return false;
                }
            }
            return true;
        }

        private void sortRow(int from, int to) {
            // a row is short (tens to hundreds): sort (mentor, score) pairs packed in longs, then check for repeats
            long[] packed = new long[to - from];
            for (int k = from; k < to; k++) {
                packed[k - from] = ((long) mentor[k] << 32) | (score[k] & 0xFFFFFFFFL);
            }
            Arrays.sort(packed);
            for (int k = from; k < to; k++) {
                mentor[k] = (int) (packed[k - from] >>> 32);
                score[k] = (int) packed[k - from];
                if (k > from && mentor[k] == mentor[k - 1]) {
                    throw new IllegalStateException("mentor " + mentor[k] + " listed twice for one mentee");
                }
            }
        }
    }
}
