package az.muraciet.casefile;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.catalogue.EService;
import az.muraciet.catalogue.EServices;
import az.muraciet.shared.NotFoundException;

/**
 * Moves a case to a new status: updates the record, appends to its history and publishes
 * {@link ApplicationStatusChanged}, all in the caller's transaction (the engine step that reached the status).
 */
@Service
public class CaseStatusService {

    private final Applications applications;
    private final CaseStatuses statuses;
    private final ApplicationNumbers numbers;
    private final EServices services;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseStatusService(Applications applications, CaseStatuses statuses, ApplicationNumbers numbers, EServices services,
            ApplicationEventPublisher events, Clock clock) {
        this.applications = applications;
        this.statuses = statuses;
        this.numbers = numbers;
        this.services = services;
        this.events = events;
        this.clock = clock;
    }

    /** @return the case as it stands after the change */
    @Transactional(propagation = Propagation.MANDATORY)
    public Application changeStatus(String applicationId, String status, String reason, String actor) {
        return changeStatus(applicationId, status, reason, actor, null);
    }

    /**
     * @param note what the citizen is told with this step (the model's {@code caseStatusNote}), or null
     * @return the case as it stands after the change
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Application changeStatus(String applicationId, String status, String reason, String actor, String note) {
        if (!statuses.isKnownStatus(status)) {
            throw new IllegalArgumentException("Unknown case status '" + status + "'; known: " + statuses.statusCodes());
        }
        if (reason != null && !statuses.isKnownReason(reason)) {
            throw new IllegalArgumentException("Unknown status reason '" + reason + "'");
        }
        Application application = applications.findById(applicationId)
                .orElseThrow(() -> new NotFoundException("No application " + applicationId));
        if (alreadyRecorded(application, status, reason)) {
            return application;
        }
        if (CaseStatus.REGISTERED.equals(status) && application.number() == null) {
            EService service = services.findById(application.serviceCode()).orElseThrow();
            application.assignNumber(numbers.next(service.numberPrefix()));
        }
        Instant now = clock.instant();
        String shownNote = note == null || note.isBlank() ? null : note.strip();
        application.changeStatus(status, reason, actor, shownNote, now);
        events.publishEvent(new ApplicationStatusChanged(application.id(), application.number(), application.serviceCode(),
                status, reason, actor, shownNote, now));
        return application;
    }

    private static boolean alreadyRecorded(Application application, String status, String reason) {
        var history = application.history();
        if (history.isEmpty()) {
            return false;
        }
        StatusChange last = history.get(history.size() - 1);
        return last.status().equals(status) && java.util.Objects.equals(last.reason(), reason);
    }
}
