package org.openiro.reviews;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.openiro.shared.InvalidInput;

/**
 * How the child took part: the code, the methods used, and whether they chaired it. A code and its methods must
 * agree (domain.md): PN1–PN4 need an attended method and PN5–PN7 refuse one; PN2 and PN5 need an advocate or the
 * IRO having met the child separately (PN5 also the IRO's discussion with them); PN7 takes no method at all.
 */
public record Participation(ParticipationCode code, Set<String> methods, String chairedByChild) {

    public static final Set<String> METHODS = Set.of("attended-in-person", "attended-online", "met-iro-separately",
            "consultation-form", "app", "advocate", "interpreter", "iro-observation", "discussion-with-iro",
            "through-social-worker");
    public static final Set<String> CHAIRED = Set.of("no", "part", "full");

    public Participation {
        methods = methods == null ? Set.of() : Set.copyOf(methods);
        for (String method : methods) {
            if (!METHODS.contains(method)) {
                throw new InvalidInput("participation.methods", "unknown method " + method + "; one of "
                        + String.join(", ", new TreeSet<>(METHODS)));
            }
        }
        chairedByChild = chairedByChild == null ? "no" : chairedByChild;
        if (!CHAIRED.contains(chairedByChild)) {
            throw new InvalidInput("participation.chairedByChild", "must be no, part or full");
        }
    }

    /**
     * Checks the code against its methods; {@code onlineAttendanceCounts} is the authority's policy. Where joining
     * online is not attending, a child who joined online took part through a facilitative medium: PN5 (views conveyed
     * for them) or PN6 (their own), never PN1–PN4. PN5's views may be conveyed by an advocate or by the IRO, having met
     * the child separately or heard from them by phone, text or in writing ({@code discussion-with-iro}).
     */
    public void checkAgreement(boolean onlineAttendanceCounts) {
        boolean inPerson = methods.contains("attended-in-person");
        boolean online = methods.contains("attended-online");
        boolean attended = inPerson || (onlineAttendanceCounts && online);
        String field = "participation.methods";
        if (code.attended() && !attended) {
            throw new InvalidInput(field, code + " means the child attended: name how ("
                    + (onlineAttendanceCounts ? "attended-in-person or attended-online"
                            : "attended-in-person; joining online is PN5 or PN6 under this authority's policy") + ")");
        }
        boolean onlineAsMedium = online && !onlineAttendanceCounts
                && (code == ParticipationCode.PN5 || code == ParticipationCode.PN6);
        if (!code.attended() && code != ParticipationCode.PN0 && (inPerson || (online && !onlineAsMedium))) {
            throw new InvalidInput(field, code + " means the child did not attend, but an attended method is given");
        }
        if (code == ParticipationCode.PN2 && !methods.contains("advocate") && !methods.contains("met-iro-separately")) {
            throw new InvalidInput(field, "PN2 needs advocate or met-iro-separately: who conveyed the child's views");
        }
        if (code == ParticipationCode.PN5 && !methods.contains("advocate") && !methods.contains("met-iro-separately")
                && !methods.contains("discussion-with-iro")) {
            throw new InvalidInput(field, "PN5 needs advocate, met-iro-separately or discussion-with-iro: who conveyed"
                    + " the child's views");
        }
        if (code == ParticipationCode.PN7 && !methods.isEmpty()) {
            throw new InvalidInput(field, "PN7 means no views were conveyed: it takes no method");
        }
    }

    public boolean chaired() {
        return !chairedByChild.equals("no");
    }

    static Set<String> methods(String... ids) {
        return Set.copyOf(Arrays.asList(ids));
    }
}
