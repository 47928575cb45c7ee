package org.openiro.care;

import java.time.LocalDate;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.care.port.in.ListChildrenUseCase;
import org.openiro.care.port.out.ChildDirectory;
import org.openiro.children.ChildId;
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
        String name = nameSought(filter.name());
        LocalDate from = onOrAfter;
        LocalDate to = before;
        return unitOfWork.inTransaction(() -> {
            authorities.require(authority);
            return directory.list(authority, from, to, withReviewDue, filter.iroId(), name, page);
        });
    }

    /** The longest name the register keeps: a longer text can be part of no child's name. */
    static final int NAME_LENGTH = 200;

    /**
     * Part of a name as sought: spaces around it dropped, and none at all when it is blank. A text longer than any
     * recorded name is refused rather than searched for.
     */
    static String nameSought(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String sought = name.strip();
        if (sought.length() > NAME_LENGTH) {
            throw new org.openiro.shared.InvalidInput("name", "must be at most " + NAME_LENGTH + " characters");
        }
        return sought;
    }

    @Override
    public Optional<ChildId> withId(AuthorityCode authority, String text) {
        if (text == null || !text.strip().matches(org.openiro.shared.LocalId.PATTERN)) {
            return Optional.empty();
        }
        ChildId id = ChildId.of(text.strip());
        return unitOfWork.inTransaction(() -> {
            authorities.require(authority);
            return directory.exists(authority, id) ? Optional.of(id) : Optional.<ChildId>empty();
        });
    }

    @Override
    public Page<ChildSummary> allocatedToSocialWorker(AuthorityCode authority, String socialWorkerId,
                                                      Page.Request page) {
        org.openiro.shared.LocalId.require("socialWorkerId", socialWorkerId);
        return unitOfWork.inTransaction(() -> {
            authorities.require(authority);
            return directory.ofSocialWorker(authority, socialWorkerId, page);
        });
    }
}
