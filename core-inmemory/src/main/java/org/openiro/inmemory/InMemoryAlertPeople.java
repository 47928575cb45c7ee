package org.openiro.inmemory;

import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Person;
import org.openiro.escalation.Recipient;
import org.openiro.escalation.port.out.AlertPeople;

/** The child's social worker and their team manager as the child's record has them, and the IRO holding the child. */
public final class InMemoryAlertPeople implements AlertPeople {

    private final InMemoryChildRepository children;
    private final InMemoryWorkforceRepository workforce;

    public InMemoryAlertPeople(InMemoryChildRepository children, InMemoryWorkforceRepository workforce) {
        this.children = children;
        this.workforce = workforce;
    }

    @Override
    public Optional<Person> socialWorker(AuthorityCode authority, ChildId child) {
        return children.find(authority, child).flatMap(c -> c.socialWorker())
                .map(sw -> new Person(sw.id(), sw.name(), "social-worker", sw.email()));
    }

    @Override
    public Optional<Person> teamManager(AuthorityCode authority, ChildId child) {
        return children.find(authority, child).flatMap(c -> c.socialWorker())
                .filter(sw -> sw.teamManager() != null)
                .map(sw -> new Person(sw.teamManager().id(), sw.teamManager().name(), "team-manager",
                        sw.teamManager().email()));
    }

    @Override
    public Optional<Recipient> iro(AuthorityCode authority, ChildId child) {
        return workforce.allocations(authority, child).stream().filter(a -> a.to() == null).findFirst()
                .flatMap(a -> workforce.iro(authority, a.iroId()))
                .map(iro -> new Recipient(iro.id(), "iro", iro.email()));
    }
}
