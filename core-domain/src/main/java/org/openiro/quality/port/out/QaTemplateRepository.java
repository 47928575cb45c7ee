package org.openiro.quality.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.quality.QaTemplate;

/** Every version of each authority's QA form: none is ever changed or removed, only a newer one added. */
public interface QaTemplateRepository {

    /** The newest stored version; empty while the authority has stored none. */
    Optional<QaTemplate> latest(AuthorityCode authority);

    /** That version of the authority's form; empty when it was never stored. */
    Optional<QaTemplate> version(AuthorityCode authority, int version);

    /** Every stored version, oldest first. */
    List<QaTemplate> all(AuthorityCode authority);

    /** Adds a version; answers false, writing nothing, when that version is already stored (another came first). */
    boolean insert(AuthorityCode authority, QaTemplate template, LocalDate changedOn);
}
