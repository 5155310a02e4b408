package az.muraciet.process.modelcheck;

import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

import az.muraciet.notification.Channel;

/**
 * What the models may refer to, as the running application knows it: Spring beans, classes, Camunda Forms (by form
 * id), case statuses and reasons (with those that notify the citizen and whether their templates exist), Camunda
 * groups, and the keys of the fields a form submits (empty for an unknown form).
 */
record KnownNames(
        Predicate<String> beanExists,
        Predicate<String> classExists,
        Predicate<String> formExists,
        Set<String> statuses,
        Set<String> reasons,
        Set<String> notifiedStatuses,
        BiPredicate<String, Channel> hasTemplate,
        Set<String> groups,
        Function<String, Set<String>> formFieldKeys) {

    KnownNames {
        statuses = Set.copyOf(statuses);
        reasons = Set.copyOf(reasons);
        notifiedStatuses = Set.copyOf(notifiedStatuses);
        groups = Set.copyOf(groups);
    }
}
