package org.openiro.authority;

import static org.openiro.authority.Role.ASSISTANT_DIRECTOR;
import static org.openiro.authority.Role.CHIEF_EXECUTIVE;
import static org.openiro.authority.Role.DIRECTOR;
import static org.openiro.authority.Role.HEAD_OF_SERVICE;
import static org.openiro.authority.Role.SERVICE_MANAGER;
import static org.openiro.authority.Role.SOCIAL_WORKER;
import static org.openiro.authority.Role.TEAM_MANAGER;

import java.util.ArrayList;
import java.util.List;
import org.openiro.shared.InvalidInput;

/**
 * The stages an alert climbs, in order. A ladder sets the usual path; it never refuses a starting stage
 * or a skipped stage (IRO Handbook 6.2).
 */
public record EscalationLadder(EscalationPreset preset, List<LadderStage> stages) {

    public EscalationLadder {
        if (preset == null) {
            throw new InvalidInput("policy.escalationPreset", "must be given");
        }
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

    /** A ladder as stored beside an alert: its name as a word ({@code six-stage}, {@code custom}). */
    public EscalationLadder(String preset, List<LadderStage> stages) {
        this(EscalationPreset.of(preset), stages);
    }

    private static LadderStage s(String id, Role role, int days) {
        return new LadderStage(id, role, days);
    }

    /** The presets of domain.md, named after the seed reports' ladders (working days where the seed gives them). */
    private static List<LadderStage> stagesOf(EscalationPreset preset) {
        return switch (preset) {
            case STATUTORY -> List.of(s("informal", SOCIAL_WORKER, 5), s("stage-1", TEAM_MANAGER, 5),
                    s("stage-2", SERVICE_MANAGER, 5), s("stage-3", HEAD_OF_SERVICE, 5), s("stage-4", DIRECTOR, 5));
            case SIX_STAGE -> List.of(s("informal", SOCIAL_WORKER, 5), s("stage-1", TEAM_MANAGER, 5),
                    s("stage-2", SERVICE_MANAGER, 5), s("stage-3", ASSISTANT_DIRECTOR, 5),
                    s("stage-4", DIRECTOR, 5), s("stage-5", DIRECTOR, 5), s("stage-6", CHIEF_EXECUTIVE, 5));
            case INFORMAL_FIRST -> List.of(s("informal", TEAM_MANAGER, 5), s("stage-1", SERVICE_MANAGER, 10));
            case ANY_STAGE -> List.of(s("stage-1", TEAM_MANAGER, 5), s("stage-2", SERVICE_MANAGER, 5),
                    s("stage-3", HEAD_OF_SERVICE, 5), s("stage-4", DIRECTOR, 5));
            case TWO_LEVEL -> List.of(s("informal", TEAM_MANAGER, 5), s("stage-1", SERVICE_MANAGER, 5),
                    s("stage-2", HEAD_OF_SERVICE, 5));
            case CUSTOM -> throw new InvalidInput("policy.escalationPreset",
                    "a custom ladder is written stage by stage");
        };
    }

    /** The ladder of a preset. */
    public static EscalationLadder preset(EscalationPreset preset) {
        return new EscalationLadder(preset, stagesOf(preset));
    }

    /** The ladder of the preset an authority names ({@code informal-first}). */
    public static EscalationLadder preset(String name) {
        return preset(EscalationPreset.chosen(name));
    }

    public static EscalationLadder custom(List<LadderStage> stages) {
        return new EscalationLadder(EscalationPreset.CUSTOM, stages);
    }
}
