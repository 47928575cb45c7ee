package org.openiro.ssda903;

import java.util.List;
import org.openiro.shared.DomainException;

/** The files have problems: nothing was written, and every problem is listed. */
public final class ImportRefused extends DomainException {

    private final List<ImportProblem> problems;

    public ImportRefused(List<ImportProblem> problems) {
        super(problems.size() == 1 ? "1 problem in the files; nothing was imported"
                : problems.size() + " problems in the files; nothing was imported");
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
