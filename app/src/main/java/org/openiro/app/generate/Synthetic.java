package org.openiro.app.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the generator invents for one authority, in the service's own terms: every fact is one the HTTP API records,
 * and every child, carer, worker and IRO is made up. No real child's data is ever used (issue 10).
 */
final class Synthetic {

    private Synthetic() {
    }

    record Authority(String code, String name, String preset, int childPopulation, List<Iro> iros,
                     List<Child> children) {
    }

    record Iro(String id, String name, double fte, String employment, String team, LocalDate from) {
    }

    record Person(String id, String name, String email) {
    }

    record SocialWorker(Person worker, String team, Person teamManager) {
    }

    record Child(String id, LocalDate born, String gender, String ethnicity, boolean uasc, boolean disability,
                 String upn, List<Period> periods, SocialWorker socialWorker, List<Allocation> allocations,
                 String siblingGroup, List<Review> reviews, List<Booking> upcoming, List<Midway> midways,
                 List<Alert> alerts, List<Referral> referrals, LocalDate visitorMatched, List<LocalDate> goodPractice) {
    }

    /** A period of care: its legal statuses and placements in order, oldest first; {@code end} null while open. */
    record Period(LocalDate start, LocalDate end, String endReason, List<Spell> legalStatuses,
                  List<Placement> placements) {
    }

    record Spell(LocalDate from, String code) {
    }

    /** {@code move} false for a change of type with the same carers (placed for adoption where the child lives). */
    record Placement(LocalDate start, String type, Boolean over20Miles, Boolean planned, boolean move,
                     String reasonForChange) {
    }

    record Allocation(String iroId, LocalDate from, String reason) {
    }

    /** A review held, with the booking it was held for: first booked for {@code bookedFor}, then moved or adjourned. */
    record Review(List<LocalDate> meetings, String participationCode, List<String> methods, String chairedByChild,
                  String advocacyStatus, String advocacyType, String advocacyProvider, List<Consulted> consultation,
                  LocalDate reportReceived, LocalDate recommendationsIssued, LocalDate recordCompleted,
                  LocalDate letterSent, Booking booking, LocalDate qaCompleted, Map<String, Object> qaAnswers) {
        LocalDate held() {
            return meetings.get(meetings.size() - 1);
        }
    }

    record Consulted(String party, boolean sent, boolean returned) {
    }

    /** A booking: its first date, each rearrangement, and at most one adjournment. */
    record Booking(LocalDate bookedFor, List<Rearrangement> rearrangements, Adjournment adjournment) {
    }

    record Rearrangement(LocalDate newDate, String reason) {
    }

    record Adjournment(LocalDate on, String reason, LocalDate reconveneOn) {
    }

    record Midway(LocalDate on, boolean withChild, boolean driftIdentified) {
    }

    /** An alert as it went: raised at its first stage, then each step in order. */
    record Alert(LocalDate raisedOn, List<String> reasons, String partnerAgency, String theme, List<Step> steps) {
    }

    /**
     * One step of an alert: {@code kind} is {@code raised}, {@code response}, {@code escalation}, {@code resolution} or
     * {@code withdrawal};
     * {@code rung} is the stage's place on the authority's ladder, 0 for its first.
     */
    record Step(String kind, LocalDate on, int rung, List<String> impact) {
    }

    record Referral(LocalDate on, String provider, String type) {
    }
}
