package org.openiro.persistence.escalation;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Person;
import org.openiro.escalation.Recipient;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.persistence.children.ChildRepositories.SocialWorkerRows;
import org.openiro.persistence.workforce.JdbcWorkforceRepository;

@Singleton
class JdbcAlertPeople implements AlertPeople {

    private final SocialWorkerRows socialWorkers;
    private final JdbcWorkforceRepository.Allocations allocations;
    private final JdbcWorkforceRepository.Iros iros;

    JdbcAlertPeople(SocialWorkerRows socialWorkers, JdbcWorkforceRepository.Allocations allocations,
                    JdbcWorkforceRepository.Iros iros) {
        this.socialWorkers = socialWorkers;
        this.allocations = allocations;
        this.iros = iros;
    }

    @Override
    public Optional<Person> socialWorker(AuthorityCode authority, ChildId child) {
        return socialWorkers.findByAuthorityAndChildId(authority.value(), child.value())
                .map(sw -> new Person(sw.socialWorkerId(), sw.name(), "social-worker", sw.email()));
    }

    @Override
    public Optional<Person> teamManager(AuthorityCode authority, ChildId child) {
        return socialWorkers.findByAuthorityAndChildId(authority.value(), child.value())
                .filter(sw -> sw.teamManagerId() != null)
                .map(sw -> new Person(sw.teamManagerId(), sw.teamManagerName(), "team-manager", sw.teamManagerEmail()));
    }

    @Override
    public Optional<Recipient> iro(AuthorityCode authority, ChildId child) {
        return allocations.findByAuthorityAndChildId(authority.value(), child.value()).stream()
                .filter(a -> a.heldTo() == null).findFirst()
                .flatMap(a -> iros.findByAuthorityAndIroId(authority.value(), a.iroId()))
                .map(iro -> new Recipient(iro.iroId(), "iro", iro.email()));
    }
}
