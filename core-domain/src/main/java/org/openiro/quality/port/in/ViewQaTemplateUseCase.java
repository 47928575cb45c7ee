package org.openiro.quality.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.quality.QaTemplate;

/** The QA form an IRO fills in after each review: the authority's own, or the default until it has one. */
public interface ViewQaTemplateUseCase {

    QaTemplate template(AuthorityCode authority);
}
