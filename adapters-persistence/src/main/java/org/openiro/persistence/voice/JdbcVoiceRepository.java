package org.openiro.persistence.voice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.voice.AdvocacyReferral;
import org.openiro.voice.Feedback;
import org.openiro.voice.IndependentVisitor;
import org.openiro.voice.port.out.VoiceRepository;

@Singleton
class JdbcVoiceRepository implements VoiceRepository {

    @MappedEntity("advocacy_referral")
    record ReferralRow(@Id String id, String authority, String childId, LocalDate referredOn, String provider,
                       @Nullable String type) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Referrals extends CrudRepository<ReferralRow, String> {
        List<ReferralRow> findByAuthorityAndChildId(String authority, String childId);
    }

    @MappedEntity("independent_visitor")
    record VisitorRow(@Id @GeneratedValue @Nullable Long id, String authority, String childId, LocalDate matchedOn,
                      @Nullable LocalDate endedOn) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Visitors extends CrudRepository<VisitorRow, Long> {
        Optional<VisitorRow> findByAuthorityAndChildId(String authority, String childId);
    }

    @MappedEntity("feedback")
    record FeedbackRow(@Id String id, String authority, String givenBy, LocalDate givenOn, @Nullable String childId,
                       @Nullable String iroId, @Nullable Integer rating, @Nullable String text) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Feedbacks extends CrudRepository<FeedbackRow, String> {
        List<FeedbackRow> findByAuthorityAndGivenOnBetween(String authority, LocalDate from, LocalDate to);
    }

    private final Referrals referrals;
    private final Visitors visitors;
    private final Feedbacks feedbacks;

    JdbcVoiceRepository(Referrals referrals, Visitors visitors, Feedbacks feedbacks) {
        this.referrals = referrals;
        this.visitors = visitors;
        this.feedbacks = feedbacks;
    }

    @Override
    public void insert(AuthorityCode authority, ChildId child, AdvocacyReferral r) {
        referrals.save(new ReferralRow(r.id(), authority.value(), child.value(), r.on(), r.provider(), r.type()));
    }

    @Override
    public List<AdvocacyReferral> referrals(AuthorityCode authority, ChildId child) {
        return referrals.findByAuthorityAndChildId(authority.value(), child.value()).stream()
                .map(r -> new AdvocacyReferral(r.id(), r.referredOn(), r.provider(), r.type()))
                .sorted(Comparator.comparing(AdvocacyReferral::on).reversed()).toList();
    }

    @Override
    public Optional<IndependentVisitor> independentVisitor(AuthorityCode authority, ChildId child) {
        return visitors.findByAuthorityAndChildId(authority.value(), child.value())
                .map(v -> new IndependentVisitor(v.matchedOn(), v.endedOn()));
    }

    @Override
    public void save(AuthorityCode authority, ChildId child, IndependentVisitor visitor) {
        Optional<VisitorRow> existing = visitors.findByAuthorityAndChildId(authority.value(), child.value());
        VisitorRow row = new VisitorRow(existing.map(VisitorRow::id).orElse(null), authority.value(), child.value(),
                visitor.matchedOn(), visitor.endedOn());
        if (existing.isPresent()) {
            visitors.update(row);
        } else {
            visitors.save(row);
        }
    }

    @Override
    public void insert(AuthorityCode authority, Feedback f) {
        feedbacks.save(new FeedbackRow(f.id(), authority.value(), f.from(), f.on(), f.childId(), f.iroId(),
                f.rating(), f.text()));
    }

    @Override
    public List<Feedback> feedback(AuthorityCode authority, LocalDate from, LocalDate to) {
        return feedbacks.findByAuthorityAndGivenOnBetween(authority.value(), from, to).stream()
                .map(f -> new Feedback(f.id(), f.givenBy(), f.givenOn(), f.childId(), f.iroId(), f.rating(), f.text()))
                .sorted(Comparator.comparing(Feedback::on).reversed()).toList();
    }
}
