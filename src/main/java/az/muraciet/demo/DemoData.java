package az.muraciet.demo;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.catalogue.Utility;
import az.muraciet.identity.Citizen;
import az.muraciet.identity.CitizenAccounts;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.inventory.MeterStock;
import az.muraciet.routing.Departments;
import az.muraciet.security.DemoCitizens;
import az.muraciet.subscriber.Subscriber;
import az.muraciet.subscriber.Subscribers;

/**
 * The demo: Azərsu departments with employees and heads, citizens' subscriber codes and meter stock. Loaded only
 * with {@code muraciet.demo.enabled=true} (the default profile), and only what is missing, so a restart keeps the
 * cases already worked.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "muraciet.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record Department(String group, String name, int metersInStock, List<Employee> employees) {
    }

    record Employee(String id, String firstName, String lastName, boolean head) {
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department("azersu-yasamal", "Yasamal Su-Kanal İdarəsi", 5, List.of(
                    new Employee("leyla", "Leyla", "Həsənova", true),
                    new Employee("rauf", "Rauf", "Quliyev", false),
                    new Employee("nigar", "Nigar", "Abbasova", false))),
            new Department("azersu-nasimi", "Nəsimi Su-Kanal İdarəsi", 0, List.of(
                    new Employee("elvin", "Elvin", "Məmmədli", true),
                    new Employee("aysel", "Aysel", "Rzayeva", false))),
            new Department("central-dispatch", "Mərkəzi dispetçer xidməti", 3, List.of(
                    new Employee("kamran", "Kamran", "İsmayılov", true),
                    new Employee("sevda", "Sevda", "Nəbiyeva", false))));

    private final Subscribers subscribers;
    private final CitizenAccounts citizens;
    private final LinkedSubscribers linkedSubscribers;
    private final MeterStock stock;
    private final IdentityService identity;
    private final AuthorizationService authorizations;

    DemoData(Subscribers subscribers, MeterStock stock, IdentityService identity, AuthorizationService authorizations,
            CitizenAccounts citizens, LinkedSubscribers linkedSubscribers) {
        this.subscribers = subscribers;
        this.citizens = citizens;
        this.linkedSubscribers = linkedSubscribers;
        this.stock = stock;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (subscribers.count() == 0) {
            subscribers.saveAll(List.of(
                    new Subscriber("10000001", Utility.AZERSU, DemoCitizens.RASHAD, "Rəşad Əliyev",
                            "Bakı, Yasamal r., Şərifzadə küç. 12, m. 5", "Yasamal"),
                    meterInstalled(new Subscriber("10000002", Utility.AZERSU, DemoCitizens.RASHAD, "Rəşad Əliyev",
                            "Bakı, Nəsimi r., Füzuli küç. 48, m. 17", "Nəsimi"), "AZ-2019-77345"),
                    new Subscriber("10000003", Utility.AZERSU, DemoCitizens.GUNEL, "Günel Məmmədova",
                            "Bakı, Xətai r., Babək pr. 21, m. 9", "Xətai"),
                    new Subscriber("10000004", Utility.AZERSU, DemoCitizens.TURAL, "Tural Hüseynov",
                            "Bakı, Yasamal r., Cəfər Cabbarlı küç. 3, m. 41", "Yasamal")));
            DEPARTMENTS.forEach(d -> stock.setAvailable(d.group(), d.metersInStock()));
            log.info("Demo subscribers and meter stock loaded");
        }
        if (citizens.count() == 0) {
            Instant now = Instant.now();
            // Rəşad has been here before: contact details given, one code linked, 10000001 still to add
            Citizen rashad = new Citizen(DemoCitizens.RASHAD, "Rəşad", "Əliyev", "Kamal oğlu", "+994501234567", now);
            rashad.contactMobileVerified("+994501234567", now);
            rashad.emailVerified("resad.aliyev@example.az", now);
            // Günel logs in for the first time: she is asked for her mobile and e-mail
            Citizen gunel = new Citizen(DemoCitizens.GUNEL, "Günel", "Məmmədova", "Arif qızı", "+994552345678", now);
            Citizen tural = new Citizen(DemoCitizens.TURAL, "Tural", "Hüseynov", "Elçin oğlu", "+994703456789", now);
            tural.contactMobileVerified("+994703456789", now);
            tural.emailVerified("tural.huseynov@example.az", now);
            citizens.saveAll(List.of(rashad, gunel, tural));
            citizens.flush();
            linkedSubscribers.link(DemoCitizens.RASHAD, "10000002");
            linkedSubscribers.link(DemoCitizens.TURAL, "10000004");
            log.info("Demo citizens loaded");
        }
        DEPARTMENTS.forEach(this::createDepartment);
    }

    private static Subscriber meterInstalled(Subscriber subscriber, String serial) {
        subscriber.registerMeter(serial, Instant.parse("2019-05-14T09:00:00Z"));
        return subscriber;
    }

    private void createDepartment(Department department) {
        group(department.group(), department.name());
        group(Departments.headGroupOf(department.group()), department.name() + " — rəhbərlik");
        for (Employee employee : department.employees()) {
            if (identity.createUserQuery().userId(employee.id()).count() == 0) {
                User user = identity.newUser(employee.id());
                user.setFirstName(employee.firstName());
                user.setLastName(employee.lastName());
                user.setEmail(employee.id() + "@azersu.demo");
                user.setPassword(PASSWORD);
                identity.saveUser(user);
                identity.createMembership(employee.id(), department.group());
                if (employee.head()) {
                    identity.createMembership(employee.id(), Departments.headGroupOf(department.group()));
                }
            }
        }
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType("WORKFLOW");
        identity.saveGroup(group);
        grant(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(id, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        grant(id, Resources.USER, "*", Permissions.READ);
        grant(id, Resources.GROUP, "*", Permissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }
}
