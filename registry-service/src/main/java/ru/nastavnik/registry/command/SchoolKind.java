package ru.nastavnik.registry.command;

public enum SchoolKind {
    /** Общеобразовательная организация (ОО). */
    GENERAL,
    /** Организация дополнительного образования (ДО). */
    SUPPLEMENTARY
}
