package org.openiro.quality.port.in;

import static org.openiro.shared.InvalidInput.required;

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
     * The questions as they are to be; {@code expectedVersion} the version the change was made against (If-Match), or
     * null for the current one.
     */
    record ChangeQaTemplateCommand(AuthorityCode authority, List<Question> questions, Long expectedVersion) {
        public ChangeQaTemplateCommand {
            required("authority", authority);
            required("questions", questions);
        }
    }

    /**
     * @return the template now in force: a new version, or the same one when the questions did not change
     * @throws org.openiro.shared.StaleVersion when another change came first
     */
    QaTemplate change(ChangeQaTemplateCommand command);
}
