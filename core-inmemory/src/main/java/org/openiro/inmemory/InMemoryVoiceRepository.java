package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.voice.AdvocacyReferral;
import org.openiro.voice.Feedback;
import org.openiro.voice.IndependentVisitor;
import org.openiro.voice.port.out.VoiceRepository;

/** Advocacy referrals, each child's Independent Visitor, and feedback on the service. */
public final class InMemoryVoiceRepository extends Tables implements VoiceRepository {

    private final Map<Key, List<AdvocacyReferral>> referrals = table();
    private final Map<Key, IndependentVisitor> visitors = table();
    private final Map<Key, Feedback> feedback = table();

    @Override
    public synchronized void insert(AuthorityCode authority, ChildId child, AdvocacyReferral referral) {
        referrals.put(Key.of(authority, child), InMemoryBookingRepository.appended(referrals(authority, child),
                referral));
    }

    @Override
    public synchronized List<AdvocacyReferral> referrals(AuthorityCode authority, ChildId child) {
        return referrals.getOrDefault(Key.of(authority, child), List.of());
    }

    @Override
    public synchronized Optional<IndependentVisitor> independentVisitor(AuthorityCode authority, ChildId child) {
        return Optional.ofNullable(visitors.get(Key.of(authority, child)));
    }

    @Override
    public synchronized void save(AuthorityCode authority, ChildId child, IndependentVisitor visitor) {
        visitors.put(Key.of(authority, child), visitor);
    }

    @Override
    public synchronized void insert(AuthorityCode authority, Feedback given) {
        feedback.put(Key.of(authority, given.id()), given);
    }

    @Override
    public synchronized List<Feedback> feedback(AuthorityCode authority, LocalDate from, LocalDate to) {
        return feedback.entrySet().stream().filter(e -> e.getKey().authority().equals(authority))
                .map(Map.Entry::getValue).filter(f -> !f.on().isBefore(from) && !f.on().isAfter(to))
                .sorted(Comparator.comparing(Feedback::on).reversed()).toList();
    }

    /** Every referral of the authority: for the adapters that count. */
    synchronized List<AdvocacyReferral> allReferrals(AuthorityCode authority) {
        return referrals.entrySet().stream().filter(e -> e.getKey().authority().equals(authority))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** Every Independent Visitor of the authority: for the adapters that count. */
    synchronized List<IndependentVisitor> allVisitors(AuthorityCode authority) {
        return visitors.entrySet().stream().filter(e -> e.getKey().authority().equals(authority))
                .map(Map.Entry::getValue).toList();
    }
}
