package org.openiro.care;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.care.port.in.ListChildrenUseCase;
import org.openiro.care.port.out.ChildDirectory;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;

public final class ListChildrenService implements ListChildrenUseCase {

    private final AuthorityRepository authorities;
    private final ChildDirectory directory;
    private final UnitOfWork unitOfWork;
    private final java.time.Clock clock;

    public ListChildrenService(AuthorityRepository authorities, ChildDirectory directory, UnitOfWork unitOfWork,
                               java.time.Clock clock) {
        this.authorities = authorities;
        this.directory = directory;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Overdue today means due before today: a review held on its due date is in time. */
    @Override
    public Page<ChildSummary> list(AuthorityCode authority, Filter filter, Page.Request page) {
        LocalDate today = LocalDate.now(clock);
        LocalDate before = filter.dueBefore();
        LocalDate onOrAfter = null;
        if (Boolean.TRUE.equals(filter.overdue())) {
            before = before == null || today.isBefore(before) ? today : before;
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            onOrAfter = today;
        }
        boolean withReviewDue = filter.overdue() != null || filter.dueBefore() != null;
        if (filter.iroId() != null) {
            org.openiro.shared.LocalId.require("iro", filter.iroId());
        }
        LocalDate from = onOrAfter;
        LocalDate to = before;
        return unitOfWork.inTransaction(() -> {
            authorities.find(authority).orElseThrow(() -> new UnknownAuthority(authority));
            return directory.list(authority, from, to, withReviewDue, filter.iroId(), page);
        });
    }

    @Override
    public Page<ChildSummary> allocatedToSocialWorker(AuthorityCode authority, String socialWorkerId,
                                                      Page.Request page) {
        org.openiro.shared.LocalId.require("socialWorkerId", socialWorkerId);
        return unitOfWork.inTransaction(() -> {
            authorities.find(authority).orElseThrow(() -> new UnknownAuthority(authority));
            return directory.ofSocialWorker(authority, socialWorkerId, page);
        });
    }
}
