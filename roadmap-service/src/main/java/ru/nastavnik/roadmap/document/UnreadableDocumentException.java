package ru.nastavnik.roadmap.document;

/** A document the platform cannot read, with what the person can do about it (in Russian, shown as it is). */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message) {
        super(message);
    }
}
