package org.openiro.escalation.port.out;

import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Alert;
import org.openiro.escalation.AlertFilter;
import org.openiro.escalation.GoodPracticeNote;
import org.openiro.shared.Page;

public interface AlertRepository {

    Optional<Alert> find(AuthorityCode authority, String alertId);

    void insert(Alert alert);

    /** @throws org.openiro.shared.StaleVersion when it changed since it was read */
    Alert update(Alert alert);

    Page<Alert> list(AuthorityCode authority, AlertFilter filter, Page.Request page);

    /** Every alert, in every authority, not yet resolved or withdrawn: for the scan. */
    List<Alert> open();

    void insert(AuthorityCode authority, ChildId child, GoodPracticeNote note);
}
