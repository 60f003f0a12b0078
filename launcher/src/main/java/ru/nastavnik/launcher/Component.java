package ru.nastavnik.launcher;

/** A part of the local stack that starts, reports when it is ready, and stops. */
interface Component {

    String name();

    /** Where a person or a client reaches it, for the progress report. */
    String address();

    void start() throws Exception;

    boolean isReady();

    /** A reason when the component died before it became ready; null while it is alive. */
    String failure();

    void stop();
}
