package org.openiro.http.pages;

/** What the import and export pages show: the return's files the form asks for, and what an import loaded. */
public final class ImportViews {

    private ImportViews() {
    }

    /** One file of the return: its multipart part name, its label and hint, and whether the import needs it. */
    public record ImportFile(String part, String label, String hint, boolean required) {
    }

    /** One line of the confirmation: what was loaded of one kind of record. */
    public record Loaded(String what, int created, int changed, int unchanged) {
    }
}
