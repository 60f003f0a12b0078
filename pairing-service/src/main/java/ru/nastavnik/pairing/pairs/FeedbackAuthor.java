package ru.nastavnik.pairing.pairs;

public enum FeedbackAuthor { MENTOR, MENTEE }
