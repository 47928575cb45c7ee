package org.openiro.quality;

import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.quality.port.in.ViewQaTemplateUseCase;
import org.openiro.quality.port.out.QaTemplateRepository;
import org.openiro.shared.UnitOfWork;

/** Reads the authority's QA form, or the default while it has stored none. */
public final class ViewQaTemplate implements ViewQaTemplateUseCase {

    private final AuthorityRepository authorities;
    private final QaTemplateRepository templates;
    private final UnitOfWork unitOfWork;

    public ViewQaTemplate(AuthorityRepository authorities, QaTemplateRepository templates, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.templates = templates;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public QaTemplate template(AuthorityCode code) {
        return unitOfWork.inTransaction(() -> {
            authorities.require(code);
            return templates.latest(code).orElse(QaTemplate.DEFAULT);
        });
    }
}
