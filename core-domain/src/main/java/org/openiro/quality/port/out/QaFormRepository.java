package org.openiro.quality.port.out;

import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.quality.QaForm;

/** QA forms, one per review; a review deleted as recorded in error takes its form with it. */
public interface QaFormRepository {

    /** The review's form; empty while it has none. */
    Optional<QaForm> find(AuthorityCode authority, ChildId child, String reviewId);

    /** Stores the review's first form. */
    void insert(QaForm form);

    /**
     * Saves the form if its stored version is still {@code form.version()}, and answers it with the next version.
     *
     * @throws org.openiro.shared.StaleVersion when someone else changed it meanwhile
     */
    QaForm update(QaForm form);
}
