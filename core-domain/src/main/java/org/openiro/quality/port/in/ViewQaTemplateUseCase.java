package org.openiro.quality.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.quality.QaTemplate;

/** The QA form an IRO fills in after each review: the authority's own, or the default until it has one. */
public interface ViewQaTemplateUseCase {

    /** The authority's newest QA form, or the default while it has stored none. */
    QaTemplate template(AuthorityCode authority);
}
