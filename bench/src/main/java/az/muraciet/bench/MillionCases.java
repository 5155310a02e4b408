package az.muraciet.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A million cases in the application's table, seeded with SQL as completed water meter installations of 300,000
 * citizens over three years (every thousandth the bench citizen's), each with its three status steps; then the
 * citizen's status lookup ({@code GET /api/v1/applications/{number}}) of random ones of their cases, timed.
 */
final class MillionCases {

    static final int CASES = 1_000_000;

    private final Database database;
    private final AppHttp http;

    MillionCases(Database database, AppHttp http) {
        this.database = database;
        this.http = http;
    }

    /** @return how long the seeding took */
    Duration seed() throws SQLException {
        long start = System.nanoTime();
        // the rows satisfy the constraints by construction; replica mode skips the foreign key triggers per row
        database.execute("""
                set session_replication_role = replica;
                insert into application (id, number, service_code, subscriber_code, applicant_fin, applicant_name,
                    contact_phone, contact_email, form_data, status, status_reason, process_instance_id, created_at,
                    updated_at, version)
                select md5('bench-case-' || i)::uuid::text,
                       'AS-' || (2021 + i / 500000) || '-' || lpad((i % 500000)::text, 6, '0'),
                       'WATER_METER_INSTALLATION', '10000001',
                       case when i % 1000 = 0 then '1AB2C3D' else 'B' || lpad((i % 300000)::text, 6, '0') end,
                       'Rəşad Əliyev', '+994501234567', 'resad.aliyev@example.az',
                       '{"reason":"NEW_INSTALLATION","notes":"Köhnə müraciət","additionalMeter":false,"phone":"+994501234567","email":"resad.aliyev@example.az"}',
                       'COMPLETED', null, md5('bench-instance-' || i)::uuid::text,
                       timestamp with time zone '2021-01-01 09:00+04' + i * interval '90 seconds',
                       timestamp with time zone '2021-01-01 09:00+04' + i * interval '90 seconds' + interval '3 days',
                       3
                from generate_series(1, :cases) i""".replace(":cases", String.valueOf(CASES)));
        database.execute("""
                set session_replication_role = replica;
                insert into application_status_change (application_id, status, reason, actor, changed_at)
                select md5('bench-case-' || i)::uuid::text, step.status, null, step.actor,
                       timestamp with time zone '2021-01-01 09:00+04' + i * interval '90 seconds' + step.after
                from generate_series(1, :cases) i
                cross join (values ('SUBMITTED', 'citizen', interval '0'), ('REGISTERED', 'citizen', interval '1 minute'),
                                   ('COMPLETED', 'rauf', interval '3 days')) as step(status, actor, after)""".replace(":cases", String.valueOf(CASES)));
        // vacuumed, analyzed and checkpointed as a table that has grown over years would be: otherwise autovacuum's
        // first pass over the four million new rows and the checkpoint of their WAL run during the lookups, on the
        // same two cores
        database.execute("vacuum (analyze) application");
        database.execute("vacuum (analyze) application_status_change");
        database.execute("checkpoint");
        return Duration.ofNanos(System.nanoTime() - start);
    }

    long count() throws SQLException {
        return database.count("select count(*) from application");
    }

    /** Lookups of random seeded cases of the bench citizen by their number, by that many clients at once. */
    Latencies lookUp(int clients, Duration warmUp, Duration window) throws Exception {
        List<String> numbers = database.strings("select number from application where applicant_fin = '1AB2C3D' and number < 'AS-2026'");
        CaseFlow lookup = latencies -> {
            String number = numbers.get(ThreadLocalRandom.current().nextInt(numbers.size()));
            long t = System.nanoTime();
            http.get("/api/v1/applications/" + number, AppCaseFlow.CITIZEN).expect(200, "status of " + number);
            latencies.record(CaseFlow.STATUS, t);
        };
        return Throughput.measure("status lookup", lookup, clients, warmUp, window).latencies();
    }
}
