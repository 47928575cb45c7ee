package org.openiro.reviews;

import java.time.LocalDate;
import java.util.Arrays;
import org.openiro.shared.InvalidInput;

/** How the child took part in a review: the SSDA903 REVIEW_CODE (domain.md, "Participation"). */
public enum ParticipationCode {
    PN0("child under 4 at the time of the review"),
    PN1("child attends and speaks for themselves"),
    PN2("child attends; an advocate or the IRO speaks for them"),
    PN3("child attends and conveys their view symbolically (non-verbally)"),
    PN4("child attends but does not speak or convey their view, and no advocate speaks for them"),
    PN5("child does not attend but briefs an advocate, or the IRO (met separately), to convey their views"),
    PN6("child does not attend but conveys their feelings by a medium of their own"),
    PN7("child does not attend, nor are their views conveyed");

    private final String meaning;

    ParticipationCode(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    public static ParticipationCode of(String field, String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of PN0 to PN7"));
    }

    public boolean attended() {
        return this == PN1 || this == PN2 || this == PN3 || this == PN4;
    }

    /** Participated: PN1, PN2, PN3, PN5 or PN6 (reports.md). */
    public boolean participated() {
        return this == PN1 || this == PN2 || this == PN3 || this == PN5 || this == PN6;
    }

    /**
     * The DfE's own SSDA903 rules 440 and 441, so the service never refuses what the DfE accepts: PN0 after the 4th
     * birthday, or PN1–PN7 before it, is refused; on the birthday itself either is accepted. Checked against the
     * review's date (its last meeting).
     */
    public void checkAge(String field, LocalDate dateOfBirth, LocalDate reviewDate) {
        LocalDate fourth = dateOfBirth.plusYears(4);
        if (this == PN0 && reviewDate.isAfter(fourth)) {
            throw new InvalidInput(field, "PN0 is for a child under 4; this child was 4 on " + fourth
                    + ", before the review (SSDA903 rule 440)");
        }
        if (this != PN0 && reviewDate.isBefore(fourth)) {
            throw new InvalidInput(field, "a child under 4 at the review is coded PN0; this child is 4 on " + fourth
                    + " (SSDA903 rule 441)");
        }
    }
}
