package org.openiro.quality.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.quality.Cohort;
import org.openiro.quality.Question;
import org.openiro.quality.port.in.ViewAuditsUseCase.AuditView;

/**
 * A manager draws a dip-sample audit of a cohort, or a peer audit of one IRO's footprint: a sample of the children in
 * the cohort on a day, reproducible from its seed, shared out among the auditors in turn.
 */
public interface DrawAuditUseCase {

    /**
     * @param kind      {@code dip-sample} (null) or {@code footprint}
     * @param on        the cohort's day; null for today
     * @param seed      null for one the service chooses (and answers, so the draw can be repeated)
     * @param questions null for the QA form's questions (dip sample) or the footprint questions
     * @param drawnBy   the username of whoever draws it
     */
    record Draw(String kind, String title, LocalDate on, Cohort cohort, int sampleSize, Long seed,
                List<Question> questions, List<String> auditors, String drawnBy) {
    }

    /** The authority and the draw asked for. */
    record DrawAuditCommand(AuthorityCode authority, Draw draw) {
        public DrawAuditCommand {
            required("authority", authority);
            required("draw", draw);
        }
    }

    /**
     * Draws the audit, checks each child's footprint for a footprint audit, and stores it; answers it with its seed.
     */
    AuditView draw(DrawAuditCommand command);
}
