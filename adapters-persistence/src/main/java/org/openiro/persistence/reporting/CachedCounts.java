package org.openiro.persistence.reporting;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.persistence.reporting.ReportCache.Dependency;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.ChildrenCounts;
import org.openiro.reporting.port.out.DisputeCounts;
import org.openiro.reporting.port.out.ParticipationCounts;
import org.openiro.reporting.port.out.ReviewCounts;
import org.openiro.reporting.port.out.WorkforceCounts;

/**
 * The reporting ports' database adapters, each call's result kept by {@link ReportCache}: which families of changes
 * each call's figures depend on is written here, next to nothing else, from the tables each adapter's SQL reads (the
 * families are {@code V85}'s). A call not named here is not kept.
 */
final class CachedCounts {

    private static final Dependency CARE = new Dependency("care", false);
    /** The child's next review due, read by up to date only for a day after the child's latest review (V86). */
    private static final Dependency DUE = new Dependency("due", true);
    /** Reviews up to the entry's last day: a review first met after a period cannot change its figures. */
    private static final Dependency REVIEWS_TO = new Dependency("review", true);
    /**
     * Reviews as up to date reads them: the first held after a day, so a review changed touches only the days from the
     * child's latest review before it (V86).
     */
    private static final Dependency FIRST_REVIEWS_AFTER = new Dependency("review-after", true);
    private static final Dependency BOOKINGS = new Dependency("booking", false);
    private static final Dependency MIDWAY_TO = new Dependency("midway", true);
    private static final Dependency ALERTS = new Dependency("alert", false);
    private static final Dependency ADVOCACY = new Dependency("advocacy", false);
    private static final Dependency ALLOCATIONS = new Dependency("allocation", false);

    static final Map<String, List<Dependency>> DEPENDS = Map.ofEntries(
            Map.entry("ChildrenCounts.lookedAfter", List.of(CARE)),
            Map.entry("ChildrenCounts.startedAndCeased", List.of(CARE)),
            Map.entry("ChildrenCounts.careLeaversSupported", List.of(REVIEWS_TO)),
            Map.entry("ReviewCounts.held", List.of(REVIEWS_TO, BOOKINGS, MIDWAY_TO)),
            Map.entry("ReviewCounts.rearrangementsByReason", List.of(REVIEWS_TO, BOOKINGS)),
            Map.entry("ReviewCounts.adjournmentsByReason", List.of(BOOKINGS)),
            Map.entry("ReviewCounts.midwayReviews", List.of(MIDWAY_TO)),
            Map.entry("ReviewCounts.upToDate", List.of(FIRST_REVIEWS_AFTER, CARE, DUE)),
            Map.entry("ParticipationCounts.reviewsHeld", List.of(REVIEWS_TO)),
            Map.entry("ParticipationCounts.referralsByProvider", List.of(ADVOCACY)),
            Map.entry("ParticipationCounts.independentVisitorsMatched", List.of(ADVOCACY)),
            Map.entry("DisputeCounts.stagesOfRaised", List.of(ALERTS)),
            Map.entry("DisputeCounts.responsesInTimescale", List.of(ALERTS)),
            Map.entry("DisputeCounts.stages", List.of(ALERTS)),
            Map.entry("DisputeCounts.openOn", List.of(ALERTS)),
            Map.entry("DisputeCounts.alerts", List.of(ALERTS)),
            Map.entry("DisputeCounts.goodPracticeNotes", List.of(ALERTS)),
            Map.entry("WorkforceCounts.caseloadsOn", List.of(ALLOCATIONS, CARE, REVIEWS_TO)),
            Map.entry("WorkforceCounts.childrenWithIroChange", List.of(ALLOCATIONS)),
            Map.entry("WorkforceCounts.iroChanges", List.of(ALLOCATIONS)));

    private CachedCounts() {
    }

    @SuppressWarnings("unchecked")
    static <T> T wrap(Class<T> port, T target, ReportCache cache) {
        return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "cached " + target;
                };
            }
            List<Dependency> depends = DEPENDS.get(port.getSimpleName() + "." + method.getName());
            if (depends == null || args == null || !(args[0] instanceof AuthorityCode authority)) {
                return call(target, method, args);
            }
            List<Object> key = List.of(authority.value(), port.getSimpleName(), method.getName(),
                    Arrays.asList(args.clone()));
            return cache.get(authority.value(), key, lastDay(args), depends, () -> call(target, method, args));
        });
    }

    /** The last day any of the call's periods or days reaches. */
    static LocalDate lastDay(Object[] args) {
        LocalDate last = null;
        for (Object a : args) {
            LocalDate day = a instanceof ReportPeriod p ? p.to() : a instanceof LocalDate d ? d : null;
            if (day != null && (last == null || day.isAfter(last))) {
                last = day;
            }
        }
        return last;
    }

    private static Object call(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wraps each new bean of a reporting port in the proxy that keeps its calls' results. */
    private abstract static class Wrapping<T> implements BeanCreatedEventListener<T> {
        private final Class<T> port;
        private final ReportCache cache;

        Wrapping(Class<T> port, ReportCache cache) {
            this.port = port;
            this.cache = cache;
        }

        @Override
        public T onCreated(BeanCreatedEvent<T> event) {
            return wrap(port, event.getBean(), cache);
        }
    }

    @Singleton
    static final class Children extends Wrapping<ChildrenCounts> {
        Children(ReportCache cache) {
            super(ChildrenCounts.class, cache);
        }
    }

    @Singleton
    static final class Reviews extends Wrapping<ReviewCounts> {
        Reviews(ReportCache cache) {
            super(ReviewCounts.class, cache);
        }
    }

    @Singleton
    static final class Participation extends Wrapping<ParticipationCounts> {
        Participation(ReportCache cache) {
            super(ParticipationCounts.class, cache);
        }
    }

    @Singleton
    static final class Disputes extends Wrapping<DisputeCounts> {
        Disputes(ReportCache cache) {
            super(DisputeCounts.class, cache);
        }
    }

    @Singleton
    static final class Workforce extends Wrapping<WorkforceCounts> {
        Workforce(ReportCache cache) {
            super(WorkforceCounts.class, cache);
        }
    }
}
