package org.openiro.inmemory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.quality.QaForm;
import org.openiro.quality.port.out.QaFormRepository;
import org.openiro.shared.StaleVersion;

/**
 * QA forms, one per review, versioned as the database versions them. The database deletes a review's form with the
 * review; here {@link InMemoryAdapters} tells this repository of each review deleted, and its form goes with it.
 */
public final class InMemoryQaFormRepository extends Tables implements QaFormRepository {

    private final Map<Key, QaForm> forms = table();

    @Override
    public synchronized Optional<QaForm> find(AuthorityCode authority, ChildId child, String reviewId) {
        return Optional.ofNullable(forms.get(Key.of(authority, reviewId))).filter(f -> f.childId().equals(child));
    }

    @Override
    public synchronized void insert(QaForm form) {
        if (forms.putIfAbsent(Key.of(form.authority(), form.reviewId()), form) != null) {
            throw new IllegalStateException("review " + form.reviewId() + " has a QA form already");
        }
    }

    @Override
    public synchronized QaForm update(QaForm form) {
        QaForm current = forms.get(Key.of(form.authority(), form.reviewId()));
        if (current == null || current.version() != form.version()) {
            throw new StaleVersion("the QA form of review " + form.reviewId());
        }
        QaForm f = form;
        QaForm stored = new QaForm(f.reviewId(), f.authority(), f.childId(), f.templateVersion(), f.answers(),
                f.notes(), f.completedOn(), f.completedBy(), f.socialWorkerId(), f.team(), f.version() + 1);
        forms.put(Key.of(stored.authority(), stored.reviewId()), stored);
        return stored;
    }

    /** Removes the form of the review, as the database does when the review is deleted. */
    synchronized void reviewDeleted(AuthorityCode authority, String reviewId) {
        forms.remove(Key.of(authority, reviewId));
    }

    /** Every form of the authority: for the adapters that count. */
    synchronized List<QaForm> all(AuthorityCode authority) {
        return forms.values().stream().filter(f -> f.authority().equals(authority)).toList();
    }
}
