package org.openiro.http.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.openiro.reviews.Advocacy;
import org.openiro.reviews.Consultation;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.Participation;
import org.openiro.reviews.ParticipationCode;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.port.in.RecordReviewUseCase.ReviewDetails;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;

/**
 * The record-a-review form: its fields as the page shows them (what was typed, kept when the form comes back with
 * errors), read into the same {@link ReviewDetails} the API builds, so the domain checks it exactly as it checks a
 * JSON review. The domain's field names ({@code participation.methods}) are mapped to the form's ids here.
 */
public final class ReviewForm {

    public static final int MEETINGS = 3;
    public static final List<String> FOLLOW_UPS = List.of("report-received", "recommendations-issued",
            "record-completed", "letter-sent");
    public static final Map<String, String> FOLLOW_UP_LABELS = Map.of(
            "report-received", "Social worker's report received",
            "recommendations-issued", "Recommendations issued",
            "record-completed", "Review record completed",
            "letter-sent", "Letter to the child sent");
    public static final List<String> METHODS = List.of("attended-in-person", "attended-online", "met-iro-separately",
            "consultation-form", "app", "advocate", "interpreter", "iro-observation", "discussion-with-iro",
            "through-social-worker");
    public static final List<String> PARTIES = List.of("child", "parent", "carer", "school", "health", "other-agency");
    public static final List<String> ADVOCACY = List.of("has-advocate", "offered-declined", "referred",
            "not-applicable");

    private static final java.util.regex.Pattern MEETING_N = java.util.regex.Pattern.compile("meetingDates\\[(\\d+)]");

    private final Form form;

    private ReviewForm(Form form) {
        this.form = form;
    }

    public static ReviewForm posted(Form form) {
        return new ReviewForm(form);
    }

    public static ReviewForm blank() {
        return new ReviewForm(Form.empty().with("kind", "cla"));
    }

    /** The form filled from a review as stored, for amending it. */
    public static ReviewForm of(Review review) {
        StringBuilder body = new StringBuilder("kind=").append(review.kind().id()).append("&version=")
                .append(review.version());
        List<LocalDate> dates = review.meetings().dates();
        for (int i = 0; i < dates.size() && i < MEETINGS; i++) {
            date(body, "meeting-" + i, dates.get(i));
        }
        if (!review.seriesComplete()) {
            body.append("&series-open=yes");
        }
        if (review.participation() != null) {
            body.append("&code=").append(review.participation().code().name());
            review.participation().methods().forEach(m -> body.append("&methods=").append(m));
            body.append("&chaired=").append(review.participation().chairedByChild());
        }
        if (review.advocacy() != null) {
            body.append("&advocacy=").append(review.advocacy().status());
            if (review.advocacy().type() != null) {
                body.append("&advocacy-type=").append(review.advocacy().type());
            }
            if (review.advocacy().provider() != null) {
                body.append("&advocacy-provider=").append(java.net.URLEncoder.encode(review.advocacy().provider(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        for (Consultation c : review.consultation()) {
            if (c.sent()) {
                body.append("&consultation-sent=").append(c.party());
            }
            if (c.returned()) {
                body.append("&consultation-returned=").append(c.party());
            }
        }
        ReviewFacts f = review.facts();
        date(body, "report-received", f.socialWorkReportReceivedOn());
        date(body, "recommendations-issued", f.recommendationsIssuedOn());
        date(body, "record-completed", f.recordCompletedOn());
        date(body, "letter-sent", f.letterSentOn());
        return new ReviewForm(Form.parse(body.toString()));
    }

    private static void date(StringBuilder body, String id, LocalDate date) {
        if (date != null) {
            String[] parts = DateField.parts(date);
            body.append('&').append(id).append("-day=").append(parts[0]).append('&').append(id).append("-month=")
                    .append(parts[1]).append('&').append(id).append("-year=").append(parts[2]);
        }
    }

    public String value(String name) {
        return form.get(name);
    }

    public boolean checked(String name, String value) {
        return form.has(name, value);
    }

    public Long version() {
        String v = form.get("version");
        return v.matches("\\d{1,18}") ? Long.valueOf(v) : null;
    }

    /**
     * The review the form describes. @throws InvalidInput with the form's own field ids, every problem of the dates
     * at once; the domain's further checks come from the use case, mapped by {@link #errors}
     */
    public ReviewDetails details() {
        List<FieldError> problems = new ArrayList<>();
        List<LocalDate> meetings = new ArrayList<>();
        for (int i = 0; i < MEETINGS; i++) {
            LocalDate date = read(problems, "meeting-" + i, i == 0 ? "The date of the meeting"
                    : "The date of meeting " + (i + 1));
            if (date != null) {
                meetings.add(date);
            } else if (i == 0 && !hasError(problems, "meeting-0")) {
                problems.add(new FieldError("meeting-0", "Enter the date of the review meeting"));
            }
        }
        LocalDate[] followUps = new LocalDate[FOLLOW_UPS.size()];
        for (int i = 0; i < FOLLOW_UPS.size(); i++) {
            followUps[i] = read(problems, FOLLOW_UPS.get(i), FOLLOW_UP_LABELS.get(FOLLOW_UPS.get(i)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ReviewKind kind = ReviewKind.of("kind", form.get("kind").isEmpty() ? "cla" : form.get("kind"));
        String code = form.get("code");
        Participation participation = code.isEmpty() ? null : new Participation(
                ParticipationCode.of("participation.code", code), new java.util.HashSet<>(form.all("methods")),
                form.get("chaired").isEmpty() ? "no" : form.get("chaired"));
        String status = form.get("advocacy");
        Advocacy advocacy = status.isEmpty() ? null : new Advocacy(status,
                form.get("advocacy-type").isEmpty() ? null : form.get("advocacy-type"),
                form.get("advocacy-provider").isEmpty() ? null : form.get("advocacy-provider"));
        List<Consultation> consultation = PARTIES.stream()
                .filter(p -> form.has("consultation-sent", p) || form.has("consultation-returned", p))
                .map(p -> new Consultation(p, form.has("consultation-sent", p), form.has("consultation-returned", p)))
                .toList();
        return new ReviewDetails(kind, new Meetings(meetings), !form.has("series-open", "yes"), null, participation,
                null, advocacy, consultation, new ReviewFacts(followUps[0], followUps[1], followUps[2], followUps[3]));
    }

    private LocalDate read(List<FieldError> problems, String id, String label) {
        try {
            return DateField.read(form, id, label);
        } catch (InvalidInput e) {
            problems.addAll(e.errors());
            return null;
        }
    }

    private static boolean hasError(List<FieldError> problems, String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** The problems by the form's field ids, the domain's names mapped to them. */
    public static FormErrors errors(InvalidInput e) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            byField.putIfAbsent(fieldId(error.field()), message(error));
        }
        return new FormErrors(byField);
    }

    private static String message(FieldError error) {
        String m = error.message();
        boolean ours = Character.isUpperCase(m.charAt(0)) && !m.startsWith("PN");
        return ours ? m : label(error.field()) + ": " + m;
    }

    private static String label(String field) {
        return switch (fieldId(field)) {
            case "participation-code" -> "Participation code";
            case "participation-methods" -> "How the child took part";
            case "participation-chaired" -> "Chaired by the child";
            case "advocacy-status", "advocacy-type", "advocacy-provider" -> "Advocacy";
            case "consultation" -> "Consultation";
            case "kind" -> "Kind of review";
            default -> fieldId(field).startsWith("meeting-") ? "Meeting dates"
                    : FOLLOW_UP_LABELS.getOrDefault(fieldId(field), "Review");
        };
    }

    static String fieldId(String field) {
        Matcher n = MEETING_N.matcher(field);
        if (n.matches()) {
            return "meeting-" + Math.min(Integer.parseInt(n.group(1)), MEETINGS - 1);
        }
        return switch (field) {
            case "meetingDates" -> "meeting-0";
            case "participation.code" -> "participation-code";
            case "participation.methods" -> "participation-methods";
            case "participation.chairedByChild" -> "participation-chaired";
            case "advocacy.status" -> "advocacy-status";
            case "advocacy.type" -> "advocacy-type";
            case "advocacy.provider" -> "advocacy-provider";
            case "socialWorkReportReceivedOn" -> "report-received";
            case "recommendationsIssuedOn" -> "recommendations-issued";
            case "recordCompletedOn" -> "record-completed";
            case "letterSentOn" -> "letter-sent";
            case "kind" -> "kind";
            default -> field.startsWith("consultation") ? "consultation"
                    : field.matches("[a-z0-9-]+") ? field : "meeting-0";
        };
    }

    /** Where the error summary links for a field: a date's day box, else the field (a group's first input). */
    public static String anchor(String fieldId) {
        return fieldId.startsWith("meeting-") || FOLLOW_UPS.contains(fieldId) ? fieldId + "-day" : fieldId;
    }
}
