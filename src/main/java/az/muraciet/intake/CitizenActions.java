package az.muraciet.intake;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.process.CaseVariables;
import az.muraciet.process.CitizenActionModel;
import az.muraciet.process.CitizenActionModel.CitizenAction;
import az.muraciet.shared.ConflictException;
import az.muraciet.shared.NotFoundException;

/**
 * The steps a citizen takes on their own case after confirming it, as the case's model declares them (a message
 * catch event with the property {@code citizenAction}, see {@link CitizenActionModel}): which ones the case waits on
 * now, and taking one. Only the applicant may; taking an action twice (a double click) gives the same answer again.
 */
@Service
public class CitizenActions {

    private static final Pattern NUMBER = Pattern.compile("[A-Z]{2}-\\d{4}-\\d{6}");
    /** Who the status history names for a step the citizen took. */
    static final String ACTOR = "citizen";

    private final Applications applications;
    private final CitizenActionModel model;
    private final RuntimeService runtime;

    CitizenActions(Applications applications, CitizenActionModel model, RuntimeService runtime) {
        this.applications = applications;
        this.model = model;
        this.runtime = runtime;
    }

    /**
     * @param numberOrId the case's number, or its id before registration
     * @throws NotFoundException when the case does not exist or is someone else's
     */
    @Transactional(readOnly = true)
    public List<CitizenAction> waitingOn(String fin, String numberOrId) {
        return model.waitingIn(own(fin, numberOrId).processInstanceId());
    }

    /**
     * Takes the action: correlates its message to the case, which moves on (and its status with it) in this
     * transaction. The case row is locked first, so two clicks at once take it once.
     *
     * @throws NotFoundException when the case is not the citizen's, or its model has no such citizen action
     * @throws ConflictException when the model has the action but the case does not wait on it now (and never took it)
     */
    @Transactional
    public Taken take(String fin, String numberOrId, String messageName) {
        Application application = lockOwn(fin, numberOrId);
        String instance = application.processInstanceId();
        boolean waiting = model.waitingIn(instance).stream().anyMatch(a -> a.messageName().equals(messageName));
        if (waiting) {
            try {
                runtime.createMessageCorrelation(messageName)
                        .processInstanceId(instance)
                        .setVariable(CaseVariables.STATUS_ACTOR, Variables.stringValue(ACTOR, true))
                        .correlateWithResult();
            } catch (MismatchingMessageCorrelationException movedOnMeanwhile) {
                // e.g. a timer beside the action fired between the look and the correlation
                throw new ConflictException("Bu əməliyyat artıq mümkün deyil / This action is no longer possible");
            }
            return new Taken(application.id(), application.number(), messageName, application.status(), false);
        }
        if (model.declared(instance, messageName).isEmpty()) {
            throw new NotFoundException("Bu müraciət üçün belə əməliyyat yoxdur / This application has no such action: "
                    + messageName);
        }
        if (model.taken(instance, messageName)) {
            return new Taken(application.id(), application.number(), messageName, application.status(), true);
        }
        throw new ConflictException("Bu əməliyyat hazırda mümkün deyil / This action is not possible at this stage");
    }

    private Application own(String fin, String numberOrId) {
        Optional<Application> found = numberOrId == null ? Optional.empty()
                : NUMBER.matcher(numberOrId).matches() ? applications.findByNumber(numberOrId)
                : applications.findById(numberOrId);
        return ownedBy(fin, found, numberOrId);
    }

    /** Locked before it is first read, so a second click reads what the first one left. */
    private Application lockOwn(String fin, String numberOrId) {
        Optional<Application> found = numberOrId == null ? Optional.empty()
                : NUMBER.matcher(numberOrId).matches() ? applications.lockByNumber(numberOrId)
                : applications.lockById(numberOrId);
        return ownedBy(fin, found, numberOrId);
    }

    private static Application ownedBy(String fin, Optional<Application> found, String numberOrId) {
        return found.filter(a -> a.isOf(fin))
                .orElseThrow(() -> new NotFoundException("Müraciət tapılmadı / Application not found: " + numberOrId));
    }

    /**
     * An action taken.
     *
     * @param status the case's status after it
     * @param alreadyTaken whether it had been taken before (a second click): nothing was done this time
     */
    public record Taken(String id, String number, String action, String status, boolean alreadyTaken) {
    }
}
