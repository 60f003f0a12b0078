package ru.nastavnik.gateway.web;

/** A service said no (problem+json): its Russian detail is shown to the person as it is. */
public class BackendProblem extends RuntimeException {

    private final int status;

    public BackendProblem(int status, String detail) {
        super(detail);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
