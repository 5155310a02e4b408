package az.muraciet.process;

import static az.muraciet.process.NewSubscriberRegistrationProcess.NEW_SUBSCRIBER_CODE;
import static az.muraciet.process.NewSubscriberRegistrationProcess.PERSONS_SERVED;
import static az.muraciet.process.NewSubscriberRegistrationProcess.SERVICE_TYPE;
import static az.muraciet.process.NewSubscriberRegistrationProcess.SUBSCRIBER_GROUP;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.catalogue.EServices;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.subscriber.ServiceType;
import az.muraciet.subscriber.Subscriber;
import az.muraciet.subscriber.SubscriberGroup;
import az.muraciet.subscriber.SubscriberRegistrations;

/**
 * Registers the applicant of a case as a new subscriber of the case's utility: a new code of the utility's series,
 * the applicant as owner, the address and district of the case, the group the model gives as the input
 * {@code subscriberGroup} (default population) and, when the start form asked for them, the persons served and the
 * service type. The case gets the code, the code is linked to the applicant's portal account when there is one, and
 * the process variable {@code newSubscriberCode} holds it (for the status note the citizen is told). Run again for a
 * case that already has its code, it issues no second one.
 */
@Component
class RegisterNewSubscriberDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RegisterNewSubscriberDelegate.class);

    private final Applications applications;
    private final EServices services;
    private final SubscriberRegistrations registrations;
    private final LinkedSubscribers linkedSubscribers;

    RegisterNewSubscriberDelegate(Applications applications, EServices services, SubscriberRegistrations registrations,
            LinkedSubscribers linkedSubscribers) {
        this.applications = applications;
        this.services = services;
        this.registrations = registrations;
        this.linkedSubscribers = linkedSubscribers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Application application = applications.findById(execution.getProcessBusinessKey()).orElseThrow();
        String code = application.subscriberCode();
        if (code == null) {
            Subscriber subscriber = registrations.register(new SubscriberRegistrations.NewSubscriber(
                    services.findById(application.serviceCode()).orElseThrow().utility(), group(execution),
                    application.applicantFin(), application.applicantName(),
                    (String) execution.getVariable(CaseVariables.ADDRESS),
                    (String) execution.getVariable(CaseVariables.DISTRICT),
                    personsServed(execution.getVariable(PERSONS_SERVED)),
                    serviceType(execution.getVariable(SERVICE_TYPE))));
            code = subscriber.code();
            application.subscriberCodeIssued(code);
            boolean linked = linkedSubscribers.linkIfCitizen(application.applicantFin(), code);
            log.info("Case {} registered new subscriber {} ({})", application.id(), code,
                    linked ? "linked to the applicant's account" : "the applicant has no portal account yet");
        }
        execution.setVariable(NEW_SUBSCRIBER_CODE, code);
        execution.setVariable(CaseVariables.SUBSCRIBER_CODE, code);
    }

    private static SubscriberGroup group(DelegateExecution execution) {
        Object group = execution.getVariable(SUBSCRIBER_GROUP);
        return group == null ? SubscriberGroup.POPULATION : SubscriberGroup.valueOf(group.toString());
    }

    private static Integer personsServed(Object value) {
        return value instanceof Number number && number.intValue() > 0 ? number.intValue() : null;
    }

    private static ServiceType serviceType(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return ServiceType.valueOf(value.toString());
        } catch (IllegalArgumentException notOne) {
            return null;
        }
    }
}
