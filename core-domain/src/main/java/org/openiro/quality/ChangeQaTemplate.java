package org.openiro.quality;

import java.time.Clock;
import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.quality.port.in.ChangeQaTemplateUseCase;
import org.openiro.quality.port.out.QaTemplateRepository;
import org.openiro.shared.StaleVersion;
import org.openiro.shared.UnitOfWork;

/** Changes the authority's QA form as a new version; forms already completed keep theirs. */
public final class ChangeQaTemplate implements ChangeQaTemplateUseCase {

    private final AuthorityRepository authorities;
    private final QaTemplateRepository templates;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeQaTemplate(AuthorityRepository authorities, QaTemplateRepository templates, UnitOfWork unitOfWork,
                            Clock clock) {
        this.authorities = authorities;
        this.templates = templates;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public QaTemplate change(ChangeQaTemplateCommand command) {
        AuthorityCode code = command.authority();
        Long expectedVersion = command.expectedVersion();
        return unitOfWork.inTransaction(() -> {
            authorities.require(code);
            QaTemplate current = QaTemplates.inForce(templates, code, LocalDate.now(clock));
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new StaleVersion("the QA form (now version " + current.version() + ")");
            }
            QaTemplate changed = current.changedTo(command.questions());
            if (changed != current && !templates.insert(code, changed, LocalDate.now(clock))) {
                throw new StaleVersion("the QA form");
            }
            return changed;
        });
    }
}
