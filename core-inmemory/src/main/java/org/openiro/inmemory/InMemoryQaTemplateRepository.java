package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.quality.QaTemplate;
import org.openiro.quality.port.out.QaTemplateRepository;

/** Every version of each authority's QA form; a version once stored is never replaced. */
public final class InMemoryQaTemplateRepository extends Tables implements QaTemplateRepository {

    private final Map<Key, QaTemplate> templates = table();

    private List<QaTemplate> versions(AuthorityCode authority) {
        return templates.entrySet().stream().filter(e -> e.getKey().authority().equals(authority))
                .map(Map.Entry::getValue).sorted(Comparator.comparingInt(QaTemplate::version)).toList();
    }

    @Override
    public synchronized Optional<QaTemplate> latest(AuthorityCode authority) {
        List<QaTemplate> all = versions(authority);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public synchronized Optional<QaTemplate> version(AuthorityCode authority, int version) {
        return Optional.ofNullable(templates.get(Key.of(authority, Integer.toString(version))));
    }

    @Override
    public synchronized List<QaTemplate> all(AuthorityCode authority) {
        return versions(authority);
    }

    @Override
    public synchronized boolean insert(AuthorityCode authority, QaTemplate template, LocalDate changedOn) {
        return templates.putIfAbsent(Key.of(authority, Integer.toString(template.version())), template) == null;
    }
}
