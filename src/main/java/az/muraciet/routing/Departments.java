package az.muraciet.routing;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The utilities' departments as Camunda groups: a department {@code azersu-yasamal} has its employees as members
 * and its heads in {@code azersu-yasamal-head}.
 */
@Component
public class Departments {

    private static final String HEAD_SUFFIX = "-head";

    private final IdentityService identity;

    Departments(IdentityService identity) {
        this.identity = identity;
    }

    public static String headGroupOf(String departmentGroup) {
        return departmentGroup + HEAD_SUFFIX;
    }

    public List<Employee> employeesOf(String departmentGroup) {
        return identity.createUserQuery().memberOfGroup(departmentGroup).list().stream()
                .map(u -> new Employee(u.getId(), fullName(u)))
                .sorted(Comparator.comparing(Employee::name))
                .toList();
    }

    /** The employee by user id, named as the user directory knows them (by the id alone if it does not). */
    public Employee employee(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        return new Employee(userId, user == null ? userId : fullName(user));
    }

    private static String fullName(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    public record Employee(String userId, String name) {
    }
}
