package org.openiro.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Everything a request can do, each with the roles that may do it (api.md, "Who may do what"). Some are further
 * limited to the children a person is allocated: see {@link ChildScope}.
 */
public enum Action {
    /** Creating one needs an administrator of every authority; changing one, an administrator of it. */
    SET_UP_AUTHORITY("authority", true, ChildScope.NONE, Role.ADMIN),
    READ_AUTHORITY("authority", false, ChildScope.NONE, Role.ADMIN, Role.MANAGER, Role.IRO, Role.SOCIAL_WORKER,
            Role.VIEWER),
    MANAGE_USERS("user", true, ChildScope.NONE, Role.ADMIN),
    MANAGE_IROS("iro", true, ChildScope.NONE, Role.ADMIN),
    /** IROs, caseloads and worklists: the service's own managers and IROs. */
    READ_WORKFORCE("iro", false, ChildScope.NONE, Role.ADMIN, Role.MANAGER, Role.IRO),
    /** The manager's dashboard: the service's figures at a glance, for its managers and administrators. */
    READ_DASHBOARD("dashboard", false, ChildScope.NONE, Role.ADMIN, Role.MANAGER),
    READ_AUDIT("audit", false, ChildScope.NONE, Role.ADMIN),
    READ_EVENTS("event", false, ChildScope.NONE, Role.ADMIN),
    /** Children, periods of care, placements, legal statuses, allocations. */
    RECORD_CARE("child", true, ChildScope.NONE, Role.MANAGER),
    READ_CHILD("child", false, ChildScope.SOCIAL_WORKER_ALLOCATED, Role.MANAGER, Role.IRO, Role.SOCIAL_WORKER),
    /** The list of every child: a social worker sees their own children one by one, not the authority's list. */
    READ_CHILDREN("child", false, ChildScope.NONE, Role.MANAGER, Role.IRO),
    /** Reviews, bookings, midway reviews, visits, alerts, good practice. */
    WRITE_CASEWORK("casework", true, ChildScope.IRO_ALLOCATED, Role.MANAGER, Role.IRO),
    /** A review recorded in error is deleted by a manager only, and audited. */
    DELETE_REVIEW("review", true, ChildScope.NONE, Role.MANAGER),
    READ_REPORTS("report", false, ChildScope.NONE, Role.MANAGER, Role.VIEWER),
    READ_ALERTS("alert", false, ChildScope.NONE, Role.MANAGER, Role.IRO),
    /** One alert, as its child's record: a social worker only on the children allocated to them (404 for others). */
    READ_ALERT("alert", false, ChildScope.SOCIAL_WORKER_ALLOCATED, Role.MANAGER, Role.IRO, Role.SOCIAL_WORKER),
    /** The person an alert is raised with answers: a social worker only to their own (checked on the alert). */
    RESPOND_TO_ALERT("alert", true, ChildScope.IRO_ALLOCATED, Role.MANAGER, Role.IRO, Role.SOCIAL_WORKER),
    /** Proposing a reallocation reads and changes nothing, so it is not audited. */
    PLAN_REALLOCATION("iro", false, ChildScope.NONE, Role.MANAGER),
    /** Feedback from children, families and professionals, collected by the service. */
    RECORD_FEEDBACK("feedback", true, ChildScope.NONE, Role.MANAGER, Role.IRO),
    READ_FEEDBACK("feedback", false, ChildScope.NONE, Role.MANAGER),
    /** The DfE's SSDA903 files: imported and exported by the authority's administrator. */
    EXPORT_SSDA903("ssda903", false, ChildScope.NONE, Role.ADMIN),
    /** The Standard Safeguarding Dataset's extracts (data-to-insight's ssd-data-model), for the authority's analysts. */
    EXPORT_SAFEGUARDING_DATASET("ssd", false, ChildScope.NONE, Role.ADMIN),
    IMPORT_SSDA903("ssda903", true, ChildScope.NONE, Role.ADMIN),
    /** Quality assurance (issue 24): the QA form's questions, read by those who answer them and changed by admins. */
    READ_QA_TEMPLATE("qa-template", false, ChildScope.NONE, Role.ADMIN, Role.MANAGER, Role.IRO),
    SET_QA_TEMPLATE("qa-template", true, ChildScope.NONE, Role.ADMIN),
    /** The QA form after a review: completed and amended by the child's own IRO, or a manager. */
    COMPLETE_QA_FORM("qa-form", true, ChildScope.IRO_ALLOCATED, Role.MANAGER, Role.IRO),
    READ_QA_FORM("qa-form", false, ChildScope.NONE, Role.MANAGER, Role.IRO),
    /** Dip-sample and footprint audits of children's records (not the audit trail). */
    DRAW_CASE_AUDIT("case-audit", true, ChildScope.NONE, Role.MANAGER),
    READ_CASE_AUDITS("case-audit", false, ChildScope.NONE, Role.MANAGER, Role.IRO),
    /** An IRO records findings only on the children given to them as auditor (checked on the audit). */
    RECORD_AUDIT_FINDINGS("case-audit", true, ChildScope.NONE, Role.MANAGER, Role.IRO);

    /** Which children a role that may do the action may do it to. */
    public enum ChildScope {
        NONE,
        /** A social worker only for the children allocated to them; others in the role list for any child. */
        SOCIAL_WORKER_ALLOCATED,
        /** An IRO only for the children allocated to them; managers for any child. */
        IRO_ALLOCATED
    }

    private final String resource;
    private final boolean write;
    private final ChildScope childScope;
    private final Set<Role> roles;

    Action(String resource, boolean write, ChildScope childScope, Role first, Role... rest) {
        this.resource = resource;
        this.write = write;
        this.childScope = childScope;
        this.roles = EnumSet.of(first, rest);
    }

    public String resource() {
        return resource;
    }

    /** Writes are audited, in the same transaction as the change. */
    public boolean isWrite() {
        return write;
    }

    public ChildScope childScope() {
        return childScope;
    }

    public Set<Role> roles() {
        return roles;
    }

    public String id() {
        return name().toLowerCase().replace('_', '-');
    }
}
