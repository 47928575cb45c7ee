package org.openiro.escalation.port.out;

import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Person;
import org.openiro.escalation.Recipient;

/** Who is around the child: whom an alert goes to by default, and whom to tell. */
public interface AlertPeople {

    /** The child's social worker, as the person an alert is raised with at the social worker's stage. */
    Optional<Person> socialWorker(AuthorityCode authority, ChildId child);

    /** The team manager of the child's social worker. */
    Optional<Person> teamManager(AuthorityCode authority, ChildId child);

    /** The IRO holding the child now, to be told of answers. */
    Optional<Recipient> iro(AuthorityCode authority, ChildId child);
}
