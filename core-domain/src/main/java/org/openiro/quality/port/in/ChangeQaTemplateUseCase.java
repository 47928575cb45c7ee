package org.openiro.quality.port.in;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.quality.QaTemplate;
import org.openiro.quality.Question;

/**
 * An administrator changes the authority's QA form. The change is a new version; forms already completed keep the
 * version they were completed under.
 */
public interface ChangeQaTemplateUseCase {

    /**
     * @param expectedVersion the version the change was made against (If-Match), or null for the current one
     * @return the template now in force: a new version, or the same one when the questions did not change
     * @throws org.openiro.shared.StaleVersion when another change came first
     */
    QaTemplate change(AuthorityCode authority, List<Question> questions, Long expectedVersion);
}
