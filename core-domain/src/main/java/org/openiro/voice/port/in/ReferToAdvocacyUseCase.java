package org.openiro.voice.port.in;

import static org.openiro.shared.InvalidInput.required;

import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.reviews.Advocacy;
import org.openiro.shared.InvalidInput;
import org.openiro.voice.AdvocacyReferral;

/** The IRO refers the child to one of the authority's commissioned advocacy providers. */
public interface ReferToAdvocacyUseCase {

    /** The day of the referral, the provider, and the kind of advocacy ({@link Advocacy#TYPES}, or null). */
    record ReferToAdvocacyCommand(AuthorityCode authority, ChildId child, LocalDate on, String provider,
                                  String type) {
        public ReferToAdvocacyCommand {
            required("authority", authority);
            required("child", child);
            if (type != null && !Advocacy.TYPES.contains(type)) {
                throw new InvalidInput("type", "must be instructed or non-instructed");
            }
        }
    }

    /** Records the referral (not in the future, to a provider the policy names). */
    AdvocacyReferral refer(ReferToAdvocacyCommand command);
}
