package org.openiro.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;

/**
 * A dip-sample or footprint audit: the cohort it was drawn from on its day, how many children the cohort held, the
 * seed the sample was drawn with and the sample itself, each child with their auditor. Nothing of the cohort or the
 * sample changes once drawn; only findings are added.
 *
 * @param sampleSize the size asked for; the sample is smaller when the cohort was
 * @param drawnBy    the username of whoever drew it
 */
public record CaseAudit(String id, AuthorityCode authority, AuditKind kind, String title, LocalDate on, Cohort cohort,
                        int cohortSize, int sampleSize, long seed, List<Question> questions, List<String> auditors,
                        List<AuditedChild> children, LocalDate drawnOn, String drawnBy) {

    public CaseAudit {
        questions = List.copyOf(questions);
        auditors = List.copyOf(auditors);
        children = List.copyOf(children);
    }

    public Optional<AuditedChild> child(ChildId childId) {
        return children.stream().filter(c -> c.childId().equals(childId)).findFirst();
    }

    /** How many of the sampled children have findings recorded. */
    public int done() {
        return (int) children.stream().filter(c -> c.findings() != null).count();
    }

    public boolean complete() {
        return done() == children.size();
    }
}
