package org.openiro.escalation;

import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.shared.StaleVersion;

/** Finding what a use case works on, refusing what is not there: the authority, and an alert of it. */
final class AlertRecords {

    private final AuthorityRepository authorities;
    private final AlertRepository alerts;

    AlertRecords(AuthorityRepository authorities, AlertRepository alerts) {
        this.authorities = authorities;
        this.alerts = alerts;
    }

    Authority authority(AuthorityCode code) {
        return authorities.require(code);
    }

    Alert alert(AuthorityCode code, String alertId) {
        return alerts.find(code, alertId).orElseThrow(() -> new UnknownAlert(alertId));
    }

    /** The alert to change, at the version the request read (null: whatever is stored). */
    Alert alertAt(AuthorityCode code, String alertId, Long expectedVersion) {
        authority(code);
        Alert current = alert(code, alertId);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new StaleVersion("alert " + alertId);
        }
        return current;
    }
}
