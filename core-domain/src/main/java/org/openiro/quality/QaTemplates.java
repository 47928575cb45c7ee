package org.openiro.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.quality.port.in.ChangeQaTemplateUseCase;
import org.openiro.quality.port.in.ViewQaTemplateUseCase;
import org.openiro.quality.port.out.QaTemplateRepository;
import org.openiro.shared.StaleVersion;
import org.openiro.shared.UnitOfWork;

/**
 * Each authority's QA form, kept in its own table rather than in the policy: versions accumulate and forms point at
 * theirs. The default is stored as version 1 the first time anything is answered under it or changed from it, so
 * that every form's version is one the database holds.
 */
public final class QaTemplates implements ViewQaTemplateUseCase, ChangeQaTemplateUseCase {

    private final AuthorityRepository authorities;
    private final QaTemplateRepository templates;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public QaTemplates(AuthorityRepository authorities, QaTemplateRepository templates, UnitOfWork unitOfWork,
                       Clock clock) {
        this.authorities = authorities;
        this.templates = templates;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public QaTemplate template(AuthorityCode code) {
        return unitOfWork.inTransaction(() -> {
            authorities.find(code).orElseThrow(() -> new UnknownAuthority(code));
            return templates.latest(code).orElse(QaTemplate.DEFAULT);
        });
    }

    @Override
    public QaTemplate change(AuthorityCode code, List<Question> questions, Long expectedVersion) {
        return unitOfWork.inTransaction(() -> {
            authorities.find(code).orElseThrow(() -> new UnknownAuthority(code));
            QaTemplate current = inForce(templates, code, LocalDate.now(clock));
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new StaleVersion("the QA form (now version " + current.version() + ")");
            }
            QaTemplate changed = current.changedTo(questions);
            if (changed != current && !templates.insert(code, changed, LocalDate.now(clock))) {
                throw new StaleVersion("the QA form");
            }
            return changed;
        });
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
