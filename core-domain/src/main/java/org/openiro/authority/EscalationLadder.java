package org.openiro.authority;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openiro.shared.InvalidInput;

/**
 * The stages an alert climbs, in order. A ladder sets the usual path; it never refuses a starting stage
 * or a skipped stage (IRO Handbook 6.2).
 */
public record EscalationLadder(String preset, List<LadderStage> stages) {

    public static final String CUSTOM = "custom";

    public EscalationLadder {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new InvalidInput("policy.escalationLadder", "a ladder needs at least one stage");
        }
        List<String> seen = new ArrayList<>();
        for (LadderStage stage : stages) {
            if (seen.contains(stage.id())) {
                throw new InvalidInput("policy.escalationLadder", "stage " + stage.id() + " appears twice");
            }
            seen.add(stage.id());
        }
        for (int i = 0; i < stages.size(); i++) {
            String expected = stages.get(0).isFormal() ? "stage-" + (i + 1) : (i == 0 ? "informal" : "stage-" + i);
            if (!stages.get(i).id().equals(expected)) {
                throw new InvalidInput("policy.escalationLadder", "stages must run informal (optional), stage-1, stage-2, … in order");
            }
        }
    }

    private static LadderStage s(String id, String role, int days) {
        return new LadderStage(id, role, days);
    }

    /** The presets of domain.md, named after the seed reports' ladders. */
    private static final Map<String, List<LadderStage>> PRESETS = Map.of(
            "statutory", List.of(s("informal", "social-worker", 5), s("stage-1", "team-manager", 5),
                    s("stage-2", "service-manager", 5), s("stage-3", "head-of-service", 5), s("stage-4", "director", 5)),
            "six-stage", List.of(s("informal", "social-worker", 5), s("stage-1", "team-manager", 5),
                    s("stage-2", "service-manager", 5), s("stage-3", "assistant-director", 5),
                    s("stage-4", "director", 5), s("stage-5", "director", 5), s("stage-6", "chief-executive", 5)),
            "informal-first", List.of(s("informal", "team-manager", 5), s("stage-1", "service-manager", 10)),
            "any-stage", List.of(s("stage-1", "team-manager", 5), s("stage-2", "service-manager", 5),
                    s("stage-3", "head-of-service", 5), s("stage-4", "director", 5)),
            "two-level", List.of(s("informal", "team-manager", 5), s("stage-1", "service-manager", 5),
                    s("stage-2", "head-of-service", 5)));

    public static EscalationLadder preset(String name) {
        List<LadderStage> stages = PRESETS.get(name);
        if (stages == null) {
            throw new InvalidInput("policy.escalationPreset", "unknown escalation preset " + name
                    + "; one of " + String.join(", ", new java.util.TreeSet<>(PRESETS.keySet())));
        }
        return new EscalationLadder(name, stages);
    }

    public static EscalationLadder custom(List<LadderStage> stages) {
        return new EscalationLadder(CUSTOM, stages);
    }
}
