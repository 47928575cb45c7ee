package org.openiro.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.reporting.port.in.ParticipationReportUseCase;
import org.openiro.reporting.port.out.ByPeriod;
import org.openiro.reporting.port.out.ParticipationCounts;
import org.openiro.reviews.Advocacy;
import org.openiro.reviews.Consultation;
import org.openiro.reviews.Participation;
import org.openiro.reviews.ParticipationCode;
import org.openiro.shared.UnitOfWork;

/**
 * reports.md, "Participation and advocacy", figure by figure. The shares leave out reviews coded PN0 (a child under
 * 4), whose participation is not measured.
 */
public final class ParticipationReport implements ParticipationReportUseCase {

    static final String SECTION = "participation";

    /**
     * The advocacy share's statuses (reports.md): the child had an advocate, had one offered and declined, or needed
     * none; a referral not yet taken up is not among them.
     */
    static final List<String> ADVOCACY_SHARE = List.of("has-advocate", "offered-declined", "not-applicable");

    private final AuthorityRepository authorities;
    private final ParticipationCounts counts;
    private final UnitOfWork unitOfWork;

    public ParticipationReport(AuthorityRepository authorities, ParticipationCounts counts, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.counts = counts;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<Figure> participation(AuthorityCode code, ReportPeriod period) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authorities.require(code);
            return figures(authority, period);
        });
    }

    List<Figure> figures(Authority authority, ReportPeriod period) {
        return figures(authority, period, counts.reviewsHeld(authority.code(), period));
    }

    /** The figures of the period and of the previous period, the reviews held in both read in one pass. */
    ByPeriod<List<Figure>> figures(Authority authority, ReportPeriod period, ReportPeriod previous) {
        ByPeriod<ParticipationCounts.Held> held = counts.reviewsHeld(authority.code(), period, previous);
        return new ByPeriod<>(figures(authority, period, held.current()),
                figures(authority, previous, held.previous()));
    }

    private List<Figure> figures(Authority authority, ReportPeriod period, ParticipationCounts.Held reviews) {
        AuthorityCode code = authority.code();
        Policy.Targets targets = authority.policy().targets();
        List<Figure> figures = new ArrayList<>();
        Map<String, Long> byCode = reviews.byCode();
        long held = reviews.coded();
        long measured = held - byCode.getOrDefault("PN0", 0L);
        for (ParticipationCode pn : ParticipationCode.values()) {
            figures.add(Figure.count(SECTION, "by-code", "code:" + pn.name(), byCode.getOrDefault(pn.name(), 0L)));
        }
        long participated = 0;
        long attended = 0;
        for (ParticipationCode pn : ParticipationCode.values()) {
            long n = byCode.getOrDefault(pn.name(), 0L);
            participated += pn.participated() ? n : 0;
            attended += pn.attended() ? n : 0;
        }
        figures.add(Figure.share(SECTION, "participation", null, participated, measured, targets.participation()));
        figures.add(Figure.share(SECTION, "attendance", null, attended, measured, null));
        figures.add(Figure.share(SECTION, "no-views-conveyed", null, byCode.getOrDefault("PN7", 0L), measured, null));
        Map<String, Long> byMethod = reviews.byMethod();
        for (String method : new TreeSet<>(Participation.METHODS)) {
            figures.add(Figure.count(SECTION, "by-method", "method:" + method, byMethod.getOrDefault(method, 0L)));
        }
        Map<String, Long> chaired = reviews.chaired();
        figures.add(Figure.count(SECTION, "chaired-by-child", null,
                chaired.getOrDefault("part", 0L) + chaired.getOrDefault("full", 0L)));
        figures.add(Figure.count(SECTION, "chaired-by-child", "chaired:full", chaired.getOrDefault("full", 0L)));
        figures.add(Figure.count(SECTION, "chaired-by-child", "chaired:part", chaired.getOrDefault("part", 0L)));
        Map<String, Long> advocacy = reviews.advocacyByStatus();
        figures.add(Figure.share(SECTION, "advocacy", null, ADVOCACY_SHARE.stream()
                .mapToLong(status -> advocacy.getOrDefault(status, 0L)).sum(), measured, null));
        for (String status : new TreeSet<>(Advocacy.STATUSES)) {
            figures.add(Figure.share(SECTION, "advocacy", "status:" + status, advocacy.getOrDefault(status, 0L),
                    measured, null));
        }
        Map<String, Long> types = reviews.advocacyByType();
        for (String type : new TreeSet<>(Advocacy.TYPES)) {
            figures.add(Figure.count(SECTION, "advocacy", "type:" + type, types.getOrDefault(type, 0L)));
        }
        Map<String, Long> referrals = counts.referralsByProvider(code, period);
        figures.add(Figure.count(SECTION, "advocacy-referrals", null,
                referrals.values().stream().mapToLong(Long::longValue).sum()));
        for (Policy.AdvocacyProvider provider : authority.policy().advocacyProviders()) {
            Integer annual = provider.annualReferralTarget();
            figures.add(new Figure(SECTION, "advocacy-referrals", "provider:" + provider.id(),
                    (double) referrals.getOrDefault(provider.id(), 0L), null, null,
                    annual == null ? null : annual.doubleValue()));
        }
        Map<String, long[]> consultation = reviews.consultationByParty();
        for (String party : new TreeSet<>(Consultation.PARTIES)) {
            long[] sentReturned = consultation.getOrDefault(party, new long[2]);
            figures.add(Figure.share(SECTION, "consultation-returned", "party:" + party, sentReturned[1],
                    sentReturned[0], null));
        }
        // reports.md lists the letter to the child with the reviews; it is counted here with the rest of the child's say.
        // Of the reviews whose follow-up is recorded: an imported review says nothing of a letter either way.
        figures.add(Figure.share(ReviewsSection.SECTION, "letters-sent", null, reviews.lettersSent(),
                reviews.followUpRecorded(), null));
        figures.add(Figure.count(SECTION, "independent-visitors", null,
                counts.independentVisitorsMatched(code, period.to())));
        return figures;
    }
}
