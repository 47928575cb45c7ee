package org.openiro.authority;

/** Who an alert at a stage of the ladder is raised with. */
public enum Role implements PolicyWord {
    SOCIAL_WORKER("social-worker"),
    TEAM_MANAGER("team-manager"),
    SERVICE_MANAGER("service-manager"),
    HEAD_OF_SERVICE("head-of-service"),
    ASSISTANT_DIRECTOR("assistant-director"),
    DIRECTOR("director"),
    CHIEF_EXECUTIVE("chief-executive"),
    PARTNER_AGENCY("partner-agency");

    private final String word;

    Role(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String toString() {
        return word;
    }
}
