package org.openiro.quality;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.quality.port.out.QaTemplateRepository;

/**
 * Each authority's QA form, kept in its own table rather than in the policy: versions accumulate and forms point at
 * theirs. The default is stored as version 1 the first time anything is answered under it or changed from it, so
 * that every form's version is one the database holds. Read by {@link ViewQaTemplate}, changed by
 * {@link ChangeQaTemplate}.
 */
final class QaTemplates {

    private QaTemplates() {
    }

    /** The version in force, the default stored as version 1 if the authority had none stored yet. */
    static QaTemplate inForce(QaTemplateRepository templates, AuthorityCode code, LocalDate today) {
        return templates.latest(code).orElseGet(() -> {
            // Two first uses at once both find none: the second insert is a no-op, and both mean the same default.
            templates.insert(code, QaTemplate.DEFAULT, today);
            return QaTemplate.DEFAULT;
        });
    }
}
