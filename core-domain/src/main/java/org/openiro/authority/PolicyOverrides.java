package org.openiro.authority;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openiro.authority.PolicyFields.Field;

/**
 * The policy settings an authority sets on top of its preset, by name (domain.md, "Policies"): each a setting of
 * {@link PolicyFields} and its value. {@code PolicyOverrides.NONE.with(PolicyFields.RECORD_DEADLINE_WORKING_DAYS,
 * 15)} is "the preset, with records due in 15 working days".
 */
public final class PolicyOverrides {

    public static final PolicyOverrides NONE = new PolicyOverrides(Map.of());

    private final Map<Field<?>, Object> given;

    private PolicyOverrides(Map<Field<?>, Object> given) {
        this.given = given;
    }

    /** These overrides and {@code field} set to {@code value} (a null value sets nothing). */
    public <T> PolicyOverrides with(Field<T> field, T value) {
        Map<Field<?>, Object> more = new LinkedHashMap<>(given);
        if (value == null) {
            more.remove(field);
        } else {
            more.put(field, value);
        }
        return new PolicyOverrides(more);
    }

    /** The value given for {@code field}; null when it is left as the preset has it. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<T> field) {
        return (T) given.get(field);
    }

    /**
     * The overrides as the API gives them (api.md): any setting by name, null or missing where not given, except the
     * preset, which is chosen apart. The ladder is the API's: {@code escalationPreset} names a preset ladder, and
     * {@code escalationLadder} is a list of stages, which wins over a preset named beside it.
     */
    public static PolicyOverrides read(Map<String, ?> api) {
        PolicyOverrides overrides = NONE;
        for (Field<?> field : PolicyFields.ALL) {
            Object value = api.get(field.name());
            if (value != null && field != PolicyFields.PRESET && field != PolicyFields.ESCALATION_LADDER) {
                overrides = overrides.read(field, value);
            }
        }
        Object preset = api.get(PolicyFields.ESCALATION_PRESET);
        Object stages = api.get(PolicyFields.ESCALATION_LADDER.name());
        EscalationLadder ladder = stages != null ? EscalationLadder.custom(PolicyFields.readStages(stages))
                : preset != null ? EscalationLadder.preset(String.valueOf(preset))
                : null;
        return overrides.with(PolicyFields.ESCALATION_LADDER, ladder);
    }

    private <T> PolicyOverrides read(Field<T> field, Object value) {
        return with(field, field.read(value));
    }

    /** The preset's policy with every given setting replaced, in the order of {@link PolicyFields#ALL}. */
    Policy applyTo(Policy policy) {
        Policy out = policy;
        for (Field<?> field : PolicyFields.ALL) {
            if (given.containsKey(field)) {
                out = set(field, out);
            }
        }
        return out;
    }

    private <T> Policy set(Field<T> field, Policy policy) {
        return field.set(policy, get(field));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyOverrides o && o.given.equals(given);
    }

    @Override
    public int hashCode() {
        return given.hashCode();
    }

    @Override
    public String toString() {
        return "PolicyOverrides" + given;
    }
}
