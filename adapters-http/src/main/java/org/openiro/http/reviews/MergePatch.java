package org.openiro.http.reviews;

import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 7396: a member given replaces the stored one, {@code null} removes it, and objects merge member by member. */
public final class MergePatch {

    private MergePatch() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> apply(Map<String, Object> target, Map<String, Object> patch) {
        Map<String, Object> result = new LinkedHashMap<>(target);
        patch.forEach((key, value) -> {
            if (value == null) {
                result.remove(key);
            } else if (value instanceof Map<?, ?> patchObject && result.get(key) instanceof Map<?, ?> targetObject) {
                result.put(key, apply((Map<String, Object>) targetObject, (Map<String, Object>) patchObject));
            } else {
                result.put(key, value);
            }
        });
        return result;
    }
}
