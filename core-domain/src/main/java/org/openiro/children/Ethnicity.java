package org.openiro.children;

import java.util.Arrays;
import org.openiro.shared.InvalidInput;

/** SSDA903 {@code ETHNIC} codes, each in the group that reports count it under (reports.md). */
public enum Ethnicity {
    WBRI(Group.WHITE), WIRI(Group.WHITE), WIRT(Group.WHITE), WOTH(Group.WHITE), WROM(Group.WHITE),
    MWBC(Group.MIXED), MWBA(Group.MIXED), MWAS(Group.MIXED), MOTH(Group.MIXED),
    AIND(Group.ASIAN), APKN(Group.ASIAN), ABAN(Group.ASIAN), AOTH(Group.ASIAN),
    BCRB(Group.BLACK), BAFR(Group.BLACK), BOTH(Group.BLACK),
    CHNE(Group.OTHER), OOTH(Group.OTHER),
    REFU(Group.NOT_RECORDED), NOBT(Group.NOT_RECORDED);

    public enum Group {
        WHITE("white"), MIXED("mixed"), ASIAN("asian"), BLACK("black"), OTHER("other"), NOT_RECORDED("not-recorded");

        private final String id;

        Group(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final Group group;

    Ethnicity(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public static Ethnicity of(String field, String code) {
        return Arrays.stream(values()).filter(e -> e.name().equals(code)).findFirst().orElseThrow(
                () -> new InvalidInput(field, "must be an SSDA903 ETHNIC code such as WBRI, MWBC, AIND, BAFR, CHNE, REFU or NOBT"));
    }
}
