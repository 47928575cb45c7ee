package org.openiro.escalation.port.out;

import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Person;
import org.openiro.escalation.Recipient;

/** Who is around the child: whom an alert goes to by default, and whom to tell. */
public interface AlertPeople {

    Optional<Person> socialWorker(AuthorityCode authority, ChildId child);

    Optional<Person> teamManager(AuthorityCode authority, ChildId child);

    Optional<Recipient> iro(AuthorityCode authority, ChildId child);
}
