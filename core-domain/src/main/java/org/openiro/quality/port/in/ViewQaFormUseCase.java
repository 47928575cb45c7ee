package org.openiro.quality.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.quality.ReviewQa;

/** A review's QA form with its status, whether or not it has been completed yet. */
public interface ViewQaFormUseCase {

    /** The review's QA form, or what is owed while it has none. */
    ReviewQa form(AuthorityCode authority, ChildId child, String reviewId);
}
