package org.openiro.ssda903;

/**
 * Something in the files that stops the import, said so that a data officer can find and mend it: the file, the row
 * as a spreadsheet numbers it, the column, the DfE's rule code where the DfE has one, and what is wrong.
 */
public record ImportProblem(String file, int row, String field, String rule, String message) {
}
