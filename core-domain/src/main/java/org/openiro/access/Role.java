package org.openiro.access;

import java.util.Arrays;
import java.util.Optional;

/** What a person does in the service, carried as the {@code roles} claim of their token (api.md, "Who may do what"). */
public enum Role {
    /** Sets up the authority, its policy, IROs and users; runs imports and exports; reads the audit trail and events. */
    ADMIN("admin"),
    /** An IRO service or team manager: everything an IRO may, for every child; records children's care; reads reports. */
    MANAGER("manager"),
    /** Reads everything in the authority; writes reviews and alerts for the children allocated to them. */
    IRO("iro"),
    /** Reads the children allocated to them; responds to alerts raised with them. */
    SOCIAL_WORKER("social-worker"),
    /** A board member or auditor: reads reports only. */
    VIEWER("viewer");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
