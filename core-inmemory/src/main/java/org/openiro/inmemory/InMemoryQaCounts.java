package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.SocialWorker;
import org.openiro.quality.QaForm;
import org.openiro.quality.port.out.QaCounts;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reviews.Review;

/** The QA report's counts, over the reviews, forms and children kept in memory. */
public final class InMemoryQaCounts implements QaCounts {

    private final InMemoryReviewRepository reviews;
    private final InMemoryQaFormRepository forms;
    private final InMemoryChildRepository children;

    public InMemoryQaCounts(InMemoryReviewRepository reviews, InMemoryQaFormRepository forms,
                            InMemoryChildRepository children) {
        this.reviews = reviews;
        this.forms = forms;
        this.children = children;
    }

    /** A complete review held in the period, with its form (or null) and the team it is counted under. */
    private record Held(Review review, QaForm form, String month, String team) {
    }

    private List<Held> held(AuthorityCode authority, ReportPeriod period, String team) {
        Map<String, QaForm> byReview = new HashMap<>();
        forms.all(authority).forEach(f -> byReview.put(f.reviewId(), f));
        List<Held> held = new ArrayList<>();
        for (Review r : reviews.all(authority)) {
            if (!r.seriesComplete() || !Histories.in(r.meetings().last(), period)) {
                continue;
            }
            QaForm form = byReview.get(r.id());
            String counted = form != null && form.team() != null ? form.team() : children.find(authority, r.childId())
                    .flatMap(c -> c.socialWorker()).map(SocialWorker::team).orElse(null);
            if (team != null && !team.equals(counted)) {
                continue;
            }
            LocalDate last = r.meetings().last();
            held.add(new Held(r, form, String.format("%04d-%02d", last.getYear(), last.getMonthValue()), counted));
        }
        return held;
    }

    private record Group(String month, String team) {
    }

    @Override
    public List<Forms> forms(AuthorityCode authority, ReportPeriod period, String team) {
        Map<Group, long[]> groups = new LinkedHashMap<>();
        LocalDate to = period.to();
        for (Held h : held(authority, period, team)) {
            long[] c = groups.computeIfAbsent(new Group(h.month(), h.team()), g -> new long[5]);
            LocalDate completed = h.form() == null ? null : h.form().completedOn();
            LocalDate due = h.review().timing() == null || h.review().timing().owed() == null ? null
                    : h.review().timing().owed().record();
            boolean owed = h.review().facts().recorded() && due != null;
            boolean met = completed != null && !completed.isAfter(due == null ? LocalDate.MIN : due)
                    && !completed.isAfter(to);
            c[0]++;
            if (completed != null && !completed.isAfter(to)) {
                c[1]++;
            }
            if (owed) {
                c[2]++;
                if (met) {
                    c[3]++;
                } else if (!due.isBefore(to)) {
                    c[4]++;
                }
            }
        }
        List<Forms> counted = new ArrayList<>();
        groups.forEach((g, c) -> counted.add(new Forms(g.month(), g.team(), c[0], c[1], c[2], c[3], c[4])));
        return counted;
    }

    private record Answered(String question, String answer, String month, String team) {
    }

    @Override
    public List<AnswerCount> answers(AuthorityCode authority, ReportPeriod period, String team) {
        Map<Answered, Long> counts = new LinkedHashMap<>();
        for (Held h : held(authority, period, team)) {
            if (h.form() == null || h.form().completedOn().isAfter(period.to())) {
                continue;
            }
            h.form().answers().byQuestion().forEach((question, answer) -> {
                if (Objects.nonNull(answer)) {
                    counts.merge(new Answered(question, answer, h.month(), h.team()), 1L, Long::sum);
                }
            });
        }
        List<AnswerCount> answers = new ArrayList<>();
        counts.forEach((a, n) -> answers.add(new AnswerCount(a.question(), a.answer(), a.month(), a.team(), n)));
        return answers;
    }
}
