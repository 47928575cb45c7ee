package org.openiro.quality;

/**
 * What a peer audit of an IRO's footprint reads from the service itself for each child, as things stood on the
 * audit's day (docs/quality-assurance.md defines each exactly).
 */
public enum FootprintCheck {
    /** A midway review between the child's last two reviews. */
    MIDWAY_REVIEW("midway-review"),
    /** An IRO visit where the policy asks for one (an unregulated placement). */
    IRO_VISIT("iro-visit"),
    /** The last review's record finished by its deadline. */
    RECORD_ON_TIME("record-on-time"),
    /** The last review's letter to the child sent by its deadline. */
    LETTER_ON_TIME("letter-on-time"),
    /** An alert raised after a midway review found drift. */
    DRIFT_ALERT("drift-alert"),
    /** The last review's QA form completed by its deadline. */
    QA_FORM("qa-form");

    private final String id;

    FootprintCheck(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** How a check came out. */
    public enum Result {
        MET("met"), NOT_MET("not-met"),
        /** Not done yet, and not yet due on the audit's day. */
        PENDING("pending"),
        /** Nothing to check: no review to check against, no drift found, no visit the policy asks for. */
        NOT_APPLICABLE("not-applicable");

        private final String id;

        Result(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Result ofId(String id) {
            for (Result result : values()) {
                if (result.id.equals(id)) {
                    return result;
                }
            }
            throw new IllegalArgumentException("no footprint result " + id);
        }
    }

    public static FootprintCheck ofId(String id) {
        for (FootprintCheck check : values()) {
            if (check.id.equals(id)) {
                return check;
            }
        }
        throw new IllegalArgumentException("no footprint check " + id);
    }
}
