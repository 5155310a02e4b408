package az.muraciet.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
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
import az.muraciet.subscriber.Invoice;
import az.muraciet.subscriber.Invoices;
import az.muraciet.subscriber.MeteringPoint;
import az.muraciet.subscriber.MeteringPoints;
import az.muraciet.subscriber.Payment;
import az.muraciet.subscriber.Payments;
import az.muraciet.subscriber.ServiceType;
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
    static final String PROCESS_ANALYSTS = "process-analysts";
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
                    new Employee("sevda", "Sevda", "Nəbiyeva", false))),
            new Department("azerishiq-baki", "Azərişıq Bakı Elektrik Şəbəkəsi", 0, List.of(
                    new Employee("farid", "Fərid", "Səfərov", true),
                    new Employee("orxan", "Orxan", "Kərimov", false),
                    new Employee("sabina", "Sabina", "Əhmədova", false))));

    /**
     * Azərişıq's registry: population codes of Rəşad (Yasamal, routed to Azərişıq Bakı) and Günel (Abşeron: no
     * routing rule, the central dispatch), and Tural's non-population main code with its two metering points.
     */
    static final List<Subscriber> AZERISHIQ_SUBSCRIBERS = List.of(
            new Subscriber("20000001", Utility.AZERISHIQ, DemoCitizens.RASHAD, "Rəşad Əliyev",
                    "Bakı, Yasamal r., Şərifzadə küç. 12, m. 5", "Yasamal"),
            new Subscriber("20000002", Utility.AZERISHIQ, DemoCitizens.GUNEL, "Günel Məmmədova",
                    "Abşeron r., Xırdalan ş., Heydər Əliyev pr. 7", "Abşeron"),
            new Subscriber("30000001", Utility.AZERISHIQ, DemoCitizens.TURAL, "Tural Hüseynov",
                    "Bakı, Nəsimi r., Bakıxanov küç. 25 (emalatxana)", "Nəsimi"));

    /**
     * The electronic appeal's water quality unit (AppealRouting.dmn) and the districts' emergency crews
     * (EmergencyRouting.dmn), each with a head who approves the unit's answers or takes over an overdue accident.
     */
    static final List<Department> APPEAL_AND_EMERGENCY_DEPARTMENTS = List.of(
            new Department("azersu-water-quality", "Su keyfiyyətinə nəzarət idarəsi", 0, List.of(
                    new Employee("samir", "Samir", "Qasımov", true),
                    new Employee("lale", "Lalə", "Hüseynli", false))),
            new Department("azersu-yasamal-emergency", "Yasamal Su-Kanal İdarəsinin qəza briqadası", 0, List.of(
                    new Employee("tofiq", "Tofiq", "Əsgərov", true),
                    new Employee("namiq", "Namiq", "Cəfərov", false),
                    new Employee("ilkin", "İlkin", "Bağırov", false))),
            new Department("azersu-nasimi-emergency", "Nəsimi Su-Kanal İdarəsinin qəza briqadası", 0, List.of(
                    new Employee("vuqar", "Vüqar", "Mustafayev", true),
                    new Employee("ramil", "Ramil", "Sadıqov", false))));

    static final List<MeteringPoint> METERING_POINTS = List.of(
            new MeteringPoint("300000010001", "30000001"),
            new MeteringPoint("300000010002", "30000001"));

    /**
     * Each demo subscriber's billing: what the statement shows about them, and per month (oldest first, the last
     * being the current month) the consumption billed and the amount paid during the month (0: nothing paid).
     * Metered 10000002 has a month away (0 m³) and a leak (31 m³); the others are billed by the norm per person.
     */
    record Billing(String code, int personsServed, ServiceType serviceType, String meterType, String tariffAzn,
            int[] consumptionM3, String[] paidAzn) {
    }

    static final String[] PAYMENT_POINTS = { "Hökumət Ödəniş Portalı", "SmartPay ödəmə nöqtəsi",
            "e-Manat ödəmə nöqtəsi" };

    static final List<Billing> BILLING = List.of(
            new Billing("10000001", 3, ServiceType.WATER_AND_SEWERAGE, null, "0.85",
                    new int[] { 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9 },
                    new String[] { "8", "8", "0", "15", "8", "8", "8", "0", "0", "25", "8", "8", "8", "7.65", "0" }),
            new Billing("10000002", 4, ServiceType.WATER, "M", "0.55",
                    new int[] { 7, 9, 5, 11, 8, 31, 12, 12, 10, 22, 0, 4, 6, 6, 6 },
                    new String[] { "5", "0", "10", "5", "0", "10", "9.65", "10", "0", "10", "10", "10", "0", "12", "0" }),
            new Billing("10000003", 2, ServiceType.WATER_AND_SEWERAGE, null, "0.85",
                    new int[] { 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6 },
                    new String[] { "0", "0", "20", "0", "5.10", "5.10", "0", "0", "0", "20", "5.10", "0", "5.10", "5.10", "0" }),
            new Billing("10000004", 5, ServiceType.WATER, null, "0.55",
                    new int[] { 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15, 15 },
                    new String[] { "10", "10", "10", "0", "10", "10", "10", "0", "10", "10", "10", "0", "10", "10", "0" }));

    private final Subscribers subscribers;
    private final MeteringPoints meteringPoints;
    private final Invoices invoices;
    private final Payments payments;
    private final Clock clock;
    private final CitizenAccounts citizens;
    private final LinkedSubscribers linkedSubscribers;
    private final MeterStock stock;
    private final IdentityService identity;
    private final AuthorizationService authorizations;

    DemoData(Subscribers subscribers, MeteringPoints meteringPoints, MeterStock stock, IdentityService identity,
            AuthorizationService authorizations, CitizenAccounts citizens, LinkedSubscribers linkedSubscribers,
            Invoices invoices, Payments payments, Clock clock) {
        this.subscribers = subscribers;
        this.meteringPoints = meteringPoints;
        this.invoices = invoices;
        this.payments = payments;
        this.clock = clock;
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
        // Azərişıq came later: added to a demo database that already has the Azərsu subscribers, too
        List<Subscriber> azerishiq = AZERISHIQ_SUBSCRIBERS.stream().filter(s -> !subscribers.existsById(s.code())).toList();
        if (!azerishiq.isEmpty()) {
            subscribers.saveAllAndFlush(azerishiq);
            log.info("Demo Azərişıq subscribers loaded");
        }
        meteringPoints.saveAll(METERING_POINTS.stream().filter(p -> !meteringPoints.existsById(p.code())).toList());
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
        if (invoices.count() == 0 && payments.count() == 0) {
            BILLING.forEach(this::bill);
            log.info("Demo invoices and payments loaded");
        }
        DEPARTMENTS.forEach(this::createDepartment);
        APPEAL_AND_EMERGENCY_DEPARTMENTS.forEach(this::createDepartment);
        createProcessAnalyst();
    }

    /**
     * Nurlan, of the process analysts, deploys new model versions from the Camunda Modeler (REST, HTTP Basic) and
     * migrates running cases; he works no cases.
     */
    private void createProcessAnalyst() {
        if (identity.createGroupQuery().groupId(PROCESS_ANALYSTS).count() > 0) {
            return;
        }
        Group group = identity.newGroup(PROCESS_ANALYSTS);
        group.setName("Biznes-proses analitikləri");
        group.setType("WORKFLOW");
        identity.saveGroup(group);
        grant(PROCESS_ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(PROCESS_ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
        grant(PROCESS_ANALYSTS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
                Permissions.MIGRATE_INSTANCE);
        grant(PROCESS_ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grant(PROCESS_ANALYSTS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(PROCESS_ANALYSTS, Resources.BATCH, "*", Permissions.CREATE, Permissions.READ);
        User user = identity.newUser("nurlan");
        user.setFirstName("Nurlan");
        user.setLastName("Həsənov");
        user.setEmail("nurlan@azersu.demo");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership("nurlan", PROCESS_ANALYSTS);
    }

    /** The billing months end with the current one (Asia/Baku), so "the last 12 months" are always all there. */
    private void bill(Billing billing) {
        Subscriber subscriber = subscribers.findById(billing.code()).orElse(null);
        if (subscriber == null) {
            return;
        }
        subscriber.describeService(billing.personsServed(), billing.serviceType(), billing.meterType());
        YearMonth current = YearMonth.now(clock);
        int months = billing.consumptionM3().length;
        List<Invoice> billed = new ArrayList<>(months);
        List<Payment> paid = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            YearMonth month = current.minusMonths(months - 1L - i);
            BigDecimal m3 = BigDecimal.valueOf(billing.consumptionM3()[i]);
            billed.add(new Invoice(billing.code(), month, m3,
                    m3.multiply(new BigDecimal(billing.tariffAzn())).setScale(2, RoundingMode.HALF_UP)));
            BigDecimal amount = new BigDecimal(billing.paidAzn()[i]);
            LocalDate paidOn = month.atDay(5 + (i * 7) % 20);
            if (amount.signum() > 0 && !paidOn.isAfter(LocalDate.now(clock))) {
                paid.add(new Payment(billing.code(), paidOn, amount, receiptNumber(billing.code(), paidOn),
                        PAYMENT_POINTS[i % PAYMENT_POINTS.length]));
            }
        }
        invoices.saveAll(billed);
        payments.saveAll(paid);
    }

    private static String receiptNumber(String code, LocalDate paidOn) {
        return code + "%04d%02d%02d".formatted(paidOn.getYear(), paidOn.getMonthValue(), paidOn.getDayOfMonth());
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
                user.setEmail(employee.id() + (department.group().startsWith("azerishiq-") ? "@azerishiq.demo" : "@azersu.demo"));
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

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
