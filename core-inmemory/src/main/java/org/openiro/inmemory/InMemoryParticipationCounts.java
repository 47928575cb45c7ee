package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openiro.authority.AuthorityCode;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ParticipationCounts;
import org.openiro.reviews.Consultation;
import org.openiro.reviews.Participation;
import org.openiro.reviews.ParticipationCode;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewKind;

/** The participation figures' counts, over the reviews and the child's voice kept in memory. */
public final class InMemoryParticipationCounts implements ParticipationCounts {

    private final InMemoryReviewRepository reviews;
    private final InMemoryVoiceRepository voice;

    public InMemoryParticipationCounts(InMemoryReviewRepository reviews, InMemoryVoiceRepository voice) {
        this.reviews = reviews;
        this.voice = voice;
    }

    private List<Review> held(AuthorityCode authority, ReportPeriod period) {
        return Histories.held(reviews.all(authority), period, ReviewKind.CLA);
    }

    @Override
    public Map<String, Long> reviewsByCode(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> byCode = new HashMap<>();
        held(authority, period).stream().filter(r -> r.participation() != null)
                .forEach(r -> byCode.merge(r.participation().code().name(), 1L, Long::sum));
        return byCode;
    }

    @Override
    public Map<String, Long> reviewsByMethod(AuthorityCode authority, ReportPeriod period) {
        List<Review> held = held(authority, period);
        Map<String, Long> byMethod = new HashMap<>();
        for (String method : new TreeSet<>(Participation.METHODS)) {
            byMethod.put(method, held.stream().filter(r -> r.participation() != null
                    && r.participation().methods().contains(method)).count());
        }
        return byMethod;
    }

    @Override
    public Map<String, Long> reviewsChaired(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> chaired = new HashMap<>();
        held(authority, period).stream().filter(r -> r.participation() != null)
                .map(r -> r.participation().chairedByChild())
                .filter(c -> "part".equals(c) || "full".equals(c))
                .forEach(c -> chaired.merge(c, 1L, Long::sum));
        return chaired;
    }

    @Override
    public Map<String, Long> advocacyByStatus(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> byStatus = new HashMap<>();
        held(authority, period).stream()
                .filter(r -> r.participation() != null && r.participation().code() != ParticipationCode.PN0)
                .forEach(r -> byStatus.merge(r.advocacy() == null || r.advocacy().status() == null ? "not-recorded"
                        : r.advocacy().status(), 1L, Long::sum));
        return byStatus;
    }

    @Override
    public Map<String, Long> advocacyByType(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> byType = new HashMap<>();
        held(authority, period).stream().filter(r -> r.advocacy() != null
                        && "has-advocate".equals(r.advocacy().status()) && r.advocacy().type() != null)
                .forEach(r -> byType.merge(r.advocacy().type(), 1L, Long::sum));
        return byType;
    }

    @Override
    public Map<String, Long> referralsByProvider(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> byProvider = new HashMap<>();
        voice.allReferrals(authority).stream().filter(r -> Histories.in(r.on(), period) && r.provider() != null)
                .forEach(r -> byProvider.merge(r.provider(), 1L, Long::sum));
        return byProvider;
    }

    @Override
    public Map<String, long[]> consultationByParty(AuthorityCode authority, ReportPeriod period) {
        List<Review> held = held(authority, period);
        Map<String, long[]> byParty = new HashMap<>();
        for (String party : new TreeSet<>(Consultation.PARTIES)) {
            long sent = 0;
            long returned = 0;
            for (Review r : held) {
                for (Consultation c : r.consultation()) {
                    if (c.party().equals(party) && c.sent()) {
                        sent++;
                        if (c.returned()) {
                            returned++;
                        }
                        break;
                    }
                }
            }
            byParty.put(party, new long[] {sent, returned});
        }
        return byParty;
    }

    @Override
    public long lettersSent(AuthorityCode authority, ReportPeriod period) {
        return held(authority, period).stream().filter(r -> r.facts().letterSentOn() != null).count();
    }

    @Override
    public long followUpRecorded(AuthorityCode authority, ReportPeriod period) {
        return held(authority, period).stream().filter(r -> r.facts().recorded()).count();
    }

    @Override
    public long independentVisitorsMatched(AuthorityCode authority, LocalDate day) {
        return voice.allVisitors(authority).stream().filter(v -> !v.matchedOn().isAfter(day)
                && (v.endedOn() == null || v.endedOn().isAfter(day))).count();
    }
}
