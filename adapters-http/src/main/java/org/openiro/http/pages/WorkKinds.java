package org.openiro.http.pages;

import java.util.LinkedHashMap;
import java.util.Map;

/** The worklist's kinds of item in the order an IRO works through them, each with its heading. */
final class WorkKinds {

    static final Map<String, String> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put("review-due", "Reviews due");
        HEADINGS.put("consider-early-review", "Consider an early review");
        HEADINGS.put("alert-response-awaited", "Alert responses awaited");
        HEADINGS.put("report-awaited", "Social work reports awaited");
        HEADINGS.put("recommendations-due", "Recommendations due");
        HEADINGS.put("record-due", "Review records due");
        HEADINGS.put("letter-due", "Letters to the child due");
        HEADINGS.put("qa-due", "Quality assurance forms due");
        HEADINGS.put("midway-due", "Midway reviews due");
        HEADINGS.put("visit-due", "Visits due");
        HEADINGS.put("care-not-ended-at-18", "Care not ended at 18");
    }

    private WorkKinds() {
    }

    static String heading(String kind) {
        return HEADINGS.getOrDefault(kind, kind.substring(0, 1).toUpperCase() + kind.substring(1).replace('-', ' '));
    }

    static int order(String kind) {
        int i = 0;
        for (String k : HEADINGS.keySet()) {
            if (k.equals(kind)) {
                return i;
            }
            i++;
        }
        return i;
    }
}
