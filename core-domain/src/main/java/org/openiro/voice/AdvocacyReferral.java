package org.openiro.voice;

import java.time.LocalDate;

/** A referral of the child to a commissioned advocacy provider; providers' referrals are counted against targets. */
public record AdvocacyReferral(String id, LocalDate on, String provider, String type) {
}
