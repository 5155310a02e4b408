package az.muraciet.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.casefile.CaseStatus;
import az.muraciet.catalogue.EService;
import az.muraciet.catalogue.EServices;
import az.muraciet.document.CaseDocuments;
import az.muraciet.document.DocumentUpload;
import az.muraciet.forms.CamundaForm;
import az.muraciet.forms.CamundaForms;
import az.muraciet.forms.FieldViolation;
import az.muraciet.forms.FormState;
import az.muraciet.forms.FormValidator;
import az.muraciet.identity.CitizenAccounts;
import az.muraciet.process.CaseVariables;
import az.muraciet.shared.AzerbaijaniPhoneNumbers;
import az.muraciet.shared.ConflictException;
import az.muraciet.shared.InvalidInputException;
import az.muraciet.shared.InvalidInputException.FieldError;
import az.muraciet.shared.NotFoundException;
import az.muraciet.subscriber.MeteringPoints;
import az.muraciet.subscriber.Subscriber;
import az.muraciet.subscriber.Subscribers;

/**
 * A citizen's application from submission to confirmation: checks it against the service's own start form (and the
 * documents the service takes), stores the case with its documents and starts its process, all in one transaction;
 * confirming registers it, cancelling withdraws it.
 */
@Service
public class ApplicationIntake {

    static final String ACTIVE_METER_EXISTS = "ACTIVE_METER_EXISTS";
    /** The start form's checkbox by which the citizen asks for a meter in addition to the active one. */
    public static final String ADDITIONAL_METER = "additionalMeter";
    static final int MAX_FORM_DATA_CHARS = 8000;
    /**
     * A start form's field naming a metering point (uçot nöqtəsi) of the chosen subscriber code (a non-population
     * subscriber's main code); when the form shows it, it must be one of that code's metering points.
     */
    public static final String METERING_POINT = "meteringPoint";
    /**
     * Start form fields saying where the case is, for a service that needs no subscriber code
     * ({@link EService#subscriberCodeRequired()}): the district routes the case; with the street and building (or an
     * address field) it is the case's address. Given, they win over the chosen subscriber code's.
     */
    public static final String DISTRICT = "district";
    public static final String STREET = "street";
    public static final String BUILDING = "building";
    public static final String FLAT = "flat";
    static final String ADDRESS = "address";
    private static final String SUBSCRIBER_CODE = "subscriberCode";
    /** The refusal of a code without an active meter for a service that needs one (e_service.requires_active_meter). */
    static final String NO_ACTIVE_METER = "noActiveMeter";
    /** A service with one open case per code, and the code has one: {@code subscriberCode}. */
    static final String OPEN_CASE_EXISTS = "openCaseExists";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EServices services;
    private final Subscribers subscribers;
    private final MeteringPoints meteringPoints;
    private final CitizenAccounts citizens;
    private final Applications applications;
    private final CaseDocuments documents;
    private final CamundaForms forms;
    private final FormValidator formValidator;
    private final RuntimeService runtime;
    private final Clock clock;
    private final String confirmationTimeout;

    ApplicationIntake(EServices services, Subscribers subscribers, MeteringPoints meteringPoints,
            CitizenAccounts citizens, Applications applications, CaseDocuments documents, CamundaForms forms,
            FormValidator formValidator, RuntimeService runtime, Clock clock,
            @Value("${muraciet.confirmation-timeout}") String confirmationTimeout) {
        this.services = services;
        this.subscribers = subscribers;
        this.meteringPoints = meteringPoints;
        this.citizens = citizens;
        this.applications = applications;
        this.documents = documents;
        this.forms = forms;
        this.formValidator = formValidator;
        this.runtime = runtime;
        this.clock = clock;
        this.confirmationTimeout = confirmationTimeout;
    }

    /** An application without documents (a service that takes none, or one whose documents are all optional). */
    @Transactional
    public Submitted submit(String fin, SubmitApplicationRequest request) {
        return submit(fin, request, List.of());
    }

    /**
     * Stores the case with its documents and starts its process, in one transaction: anything refused or failing
     * leaves nothing stored.
     *
     * @param uploads the files attached, each named by the service's document slot it is for
     */
    @Transactional
    public Submitted submit(String fin, SubmitApplicationRequest request, List<DocumentUpload> uploads) {
        Valid valid = validate(fin, request, uploads, true);
        EService service = valid.service();
        Subscriber subscriber = valid.subscriber();
        Map<String, Object> formData = new LinkedHashMap<>(valid.data());
        formData.put("phone", valid.phone());
        Application application = applications.save(Application.submitted(service.code(),
                subscriber == null ? null : subscriber.code(), fin, applicantName(fin, subscriber), valid.phone(),
                valid.data().get("email").toString().trim(), formData, clock.instant()));
        documents.store(application.id(), valid.documents());
        ProcessInstance instance = runtime.createProcessInstanceByKey(service.processKey())
                .businessKey(application.id())
                .setVariables(processVariables(application, service, subscriber, formData))
                .execute();
        application.startedAs(instance.getId());
        // a process without a confirmation step (the emergency service) has registered the case already
        return new Submitted(application.id(), application.number(), application.status(), valid.warnings());
    }

    /**
     * Checks an application exactly as {@link #submit} would, and stores nothing: the portal asks first, so that it
     * can warn about an active meter before the case exists.
     *
     * @throws InvalidInputException with every broken field, as {@link #submit} would
     */
    @Transactional(readOnly = true)
    public Checked check(String fin, SubmitApplicationRequest request) {
        return check(fin, request, List.of());
    }

    /** As {@link #check(String, SubmitApplicationRequest)}, with the files attached. */
    @Transactional(readOnly = true)
    public Checked check(String fin, SubmitApplicationRequest request, List<DocumentUpload> uploads) {
        Valid valid = validate(fin, request, uploads, false);
        boolean formAsks = forms.require(valid.service().startFormId()).field(ADDITIONAL_METER).isPresent();
        return new Checked(valid.warnings(), formAsks, Boolean.TRUE.equals(valid.data().get(ADDITIONAL_METER)));
    }

    /** @param forSubmission whether the case is stored afterwards, in the same transaction */
    private Valid validate(String fin, SubmitApplicationRequest request, List<DocumentUpload> uploads,
            boolean forSubmission) {
        EService service = services.findByCodeAndActiveTrue(nullToEmpty(request.serviceCode()))
                .orElseThrow(() -> InvalidInputException.of("serviceCode", "unknown",
                        "Belə e-xidmət yoxdur / There is no such e-service"));
        List<Subscriber> ownCodes = subscribers.findByOwnerFinAndUtilityOrderByCode(fin, service.utility());
        Subscriber subscriber = chosenCode(service, ownCodes, request.subscriberCode());
        Map<String, Object> data = request.data() == null ? Map.of() : request.data();
        List<FieldError> errors = new ArrayList<>();
        String phone = checkData(service, subscriber, ownCodes, data, errors);
        checkNoOtherOpenCase(fin, service, subscriber, forSubmission, errors);
        CaseDocuments.Checked attached = documents.check(service.code(), uploads == null ? List.of() : uploads);
        errors.addAll(attached.errors());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean anyCode = SubscriberCodeOptions.of(forms.require(service.startFormId())) == SubscriberCodeOptions.ALL;
        // a service for metered codes only (a meter reading) expects the meter: nothing to warn about
        List<String> warnings = anyCode && subscriber != null && subscriber.hasActiveMeter()
                && !service.requiresActiveMeter() ? List.of(ACTIVE_METER_EXISTS) : List.of();
        return new Valid(service, subscriber, data, phone, warnings, attached);
    }

    /**
     * A service with one open case per code refuses a second application while the code has a case of it that has
     * not ended; the open case's number is told only to its own applicant. Before a submission the code's registry
     * row is locked until the case is stored, so that two applications sent at once are checked one after the other
     * and the second finds the first.
     */
    private void checkNoOtherOpenCase(String fin, EService service, Subscriber subscriber, boolean forSubmission,
            List<FieldError> errors) {
        if (!service.oneOpenCasePerCode() || subscriber == null) {
            return;
        }
        if (forSubmission) {
            subscribers.lockByCode(subscriber.code());
        }
        applications.openCasesOf(service.code(), subscriber.code()).stream().findFirst().ifPresent(open -> {
            String number = open.isOf(fin) && open.number() != null ? " (" + open.number() + ")" : "";
            errors.add(new FieldError(SUBSCRIBER_CODE, OPEN_CASE_EXISTS, "Bu abonent kodu üzrə bu xidmətə aid başa "
                    + "çatmamış müraciət var" + number + "; yenisini o başa çatdıqdan sonra vermək olar / There is an "
                    + "unfinished application for this service on this subscriber code" + number
                    + "; a new one can be made once it has ended"));
        });
    }

    /** @return the citizen's code named, or null when none is named and the service needs none */
    private Subscriber chosenCode(EService service, List<Subscriber> ownCodes, String code) {
        if ((code == null || code.isBlank()) && !service.subscriberCodeRequired()) {
            return null;
        }
        if (forms.require(service.startFormId()).field(SUBSCRIBER_CODE).isEmpty()) {
            throw InvalidInputException.of(SUBSCRIBER_CODE, "notExpected",
                    "Bu xidmət üçün abonent kodu göstərilmir / This service takes no subscriber code");
        }
        return ownCodes.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(SUBSCRIBER_CODE, "notYours",
                        "Bu abonent kodu profilinizə bağlı deyil / This subscriber code is not linked to your profile"));
    }

    @Transactional
    public Confirmed confirm(String fin, String applicationId) {
        Application application = ownApplication(fin, applicationId);
        if (CaseStatus.CANCELLED.equals(application.status())) {
            throw new ConflictException("Müraciət ləğv edilib, təsdiq etmək olmaz / The application is cancelled");
        }
        if (CaseStatus.SUBMITTED.equals(application.status())) {
            runtime.createMessageCorrelation(CaseVariables.MESSAGE_APPLICATION_CONFIRMED)
                    .processInstanceId(application.processInstanceId())
                    .setVariable(CaseVariables.STATUS_ACTOR, Variables.stringValue("citizen", true))
                    .correlateWithResult();
        }
        return new Confirmed(application.id(), application.number(), application.status());
    }

    @Transactional
    public Cancelled cancel(String fin, String applicationId) {
        Application application = ownApplication(fin, applicationId);
        if (CaseStatus.SUBMITTED.equals(application.status())) {
            runtime.createMessageCorrelation(CaseVariables.MESSAGE_APPLICATION_WITHDRAWN)
                    .processInstanceId(application.processInstanceId())
                    .setVariable(CaseVariables.STATUS_ACTOR, Variables.stringValue("citizen", true))
                    .correlateWithResult();
        } else if (!CaseStatus.CANCELLED.equals(application.status())) {
            throw new ConflictException("Təsdiq edilmiş müraciəti ləğv etmək olmaz / A confirmed application cannot be cancelled");
        }
        return new Cancelled(application.id(), application.status());
    }

    /** Locks the case row, so a confirmation, a withdrawal and the confirmation timer never overlap. */
    private Application ownApplication(String fin, String applicationId) {
        return applications.lockById(applicationId).filter(a -> a.isOf(fin))
                .orElseThrow(() -> new NotFoundException("Müraciət tapılmadı / Application not found"));
    }

    /**
     * Adds every broken field to {@code errors}.
     *
     * @return the contact phone in E.164
     */
    private String checkData(EService service, Subscriber subscriber, List<Subscriber> ownCodes, Map<String, Object> data,
            List<FieldError> errors) {
        CamundaForm form = forms.require(service.startFormId());
        int before = errors.size();
        if (service.requiresActiveMeter() && subscriber != null && !subscriber.hasActiveMeter()) {
            errors.add(new FieldError("subscriberCode", NO_ACTIVE_METER,
                    "Bu abonent kodunda aktiv sayğac yoxdur / This subscriber code has no active meter"));
        }
        Set<String> known = form.fields().stream().map(CamundaForm.Field::key).collect(Collectors.toSet());
        data.keySet().stream().filter(key -> !known.contains(key)).sorted()
                .forEach(key -> errors.add(new FieldError("data." + key, "unknown",
                        "Formada belə sahə yoxdur / The form has no such field")));
        // a field the form only shows (the applicant's name from the registry) is not the citizen's to set
        form.fields().stream().filter(CamundaForm.Field::displayOnly).map(CamundaForm.Field::key)
                .filter(data::containsKey).sorted()
                .forEach(key -> errors.add(new FieldError("data." + key, "readOnly",
                        "Bu sahə reyestrdən götürülür, dəyişdirilə bilməz / This field comes from the registry and cannot be set")));

        Map<String, Object> values = new HashMap<>(data);
        SubscriberCodeOptions offered = SubscriberCodeOptions.of(form);
        values.put(SUBSCRIBER_CODE, subscriber == null ? null : subscriber.code());
        values.put(offered.valuesKey(), ownCodes.stream().filter(offered::offers).map(Subscriber::code).toList());
        for (FieldViolation violation : formValidator.validate(form, values)) {
            if (violation.field().equals(SUBSCRIBER_CODE) && FieldViolation.NOT_AN_OPTION.equals(violation.code())) {
                errors.add(new FieldError(SUBSCRIBER_CODE, offered.refusalCode(), offered.refusal()));
                continue;
            }
            String field = violation.field().equals(SUBSCRIBER_CODE) ? SUBSCRIBER_CODE : "data." + violation.field();
            errors.add(new FieldError(field, violation.code(), violation.message()));
        }
        checkMeteringPoint(form, values, subscriber, errors);
        checkDistrict(form, subscriber, data, errors);
        String phone = null;
        if (errors.stream().noneMatch(e -> e.field().equals("data.phone"))) {
            phone = AzerbaijaniPhoneNumbers.toE164(String.valueOf(data.get("phone"))).orElse(null);
            if (phone == null) {
                errors.add(new FieldError("data.phone", "phone",
                        "Azərbaycan mobil nömrəsi deyil, məsələn +994 50 123 45 67 / Not an Azerbaijani mobile number"));
            }
        }
        if (errors.size() == before && json(data).length() > MAX_FORM_DATA_CHARS) {
            errors.add(new FieldError("data", "maxLength", "Məlumatlar çox böyükdür / The data is too large"));
        }
        return phone;
    }

    /** The metering point, when the form shows the field and its own rules passed, must belong to the chosen code. */
    private void checkMeteringPoint(CamundaForm form, Map<String, Object> values, Subscriber subscriber,
            List<FieldError> errors) {
        String field = "data." + METERING_POINT;
        form.field(METERING_POINT).ifPresent(meteringPoint -> {
            FormState state = formValidator.state(form, values);
            if (subscriber == null || meteringPoint.hideConditions().stream().anyMatch(state::holds)
                    || errors.stream().anyMatch(e -> e.field().equals(field))
                    || !(values.get(METERING_POINT) instanceof String code) || code.isBlank()) {
                return;
            }
            if (!meteringPoints.existsByCodeAndSubscriberCode(code.strip(), subscriber.code())) {
                errors.add(new FieldError(field, "notOfSubscriber",
                        "Bu uçot nöqtəsi seçilmiş baş koda aid deyil / This metering point does not belong to the chosen main code"));
            }
        });
    }

    /**
     * Without a subscriber code the district must come from the start form: required then, and a form without the
     * field needs the code after all.
     */
    private static void checkDistrict(CamundaForm form, Subscriber subscriber, Map<String, Object> data,
            List<FieldError> errors) {
        if (subscriber != null || errors.stream().anyMatch(e -> e.field().equals("data." + DISTRICT))) {
            return;
        }
        if (form.field(DISTRICT).isEmpty()) {
            errors.add(new FieldError(SUBSCRIBER_CODE, "required",
                    "Abonent kodunu seçin / Choose a subscriber code"));
        } else if (text(data.get(DISTRICT)) == null) {
            errors.add(new FieldError("data." + DISTRICT, "required",
                    "Abonent kodu seçilmədikdə rayon mütləqdir / The district is required when no subscriber code is chosen"));
        }
    }

    private String applicantName(String fin, Subscriber subscriber) {
        if (subscriber != null) {
            return subscriber.fullName();
        }
        return citizens.findById(fin).map(c -> c.fullName()).filter(name -> !name.isBlank()).orElse(fin);
    }

    private VariableMap processVariables(Application application, EService service, Subscriber subscriber,
            Map<String, Object> formData) {
        VariableMap variables = Variables.createVariables();
        formData.forEach((key, value) -> {
            if (value instanceof BigDecimal decimal) {
                // a number field posted by the portal; the engine has no decimal type (a reading has 3 decimals)
                variables.putValue(key, decimal.doubleValue());
            } else if (!"phone".equals(key) && !"email".equals(key) && (value == null || value instanceof String
                    || value instanceof Number || value instanceof Boolean)) {
                variables.putValue(key, engineNumber(value));
            }
        });
        // the case's own variables last: a form field of the same name does not replace them
        return variables
                .putValue(CaseVariables.APPLICATION_ID, application.id())
                .putValue(CaseVariables.SERVICE_CODE, service.code())
                .putValue(CaseVariables.UTILITY, service.utility().name())
                .putValue(CaseVariables.SUBSCRIBER_CODE, subscriber == null ? null : subscriber.code())
                .putValue(CaseVariables.APPLICANT_NAME, application.applicantName())
                .putValue(CaseVariables.ADDRESS, address(subscriber, formData))
                .putValue(CaseVariables.DISTRICT, Objects.requireNonNullElse(text(formData.get(DISTRICT)),
                        subscriber == null ? "" : subscriber.district()))
                .putValue(CaseVariables.CONTACT_PHONE, application.contactPhone())
                .putValue(CaseVariables.CONTACT_EMAIL, application.contactEmail())
                .putValue(CaseVariables.CONFIRMATION_TIMEOUT, confirmationTimeout);
    }

    /**
     * The start form's address, or its street, building and flat as the registry writes them
     * ({@code Yasamal r., Şərifzadə küç., ev 12, m. 5}), when it gives them; else the subscriber's address; else the
     * district alone.
     */
    private static String address(Subscriber subscriber, Map<String, Object> formData) {
        String district = text(formData.get(DISTRICT));
        String given = text(formData.get(ADDRESS));
        String street = text(formData.get(STREET));
        String building = text(formData.get(BUILDING));
        String flat = text(formData.get(FLAT));
        if (given == null && (street != null || building != null)) {
            List<String> parts = new ArrayList<>();
            if (district != null) {
                parts.add(district + " r.");
            }
            if (street != null) {
                parts.add(street);
            }
            if (building != null) {
                parts.add("ev " + building);
            }
            if (flat != null) {
                parts.add("m. " + flat);
            }
            given = String.join(", ", parts);
        }
        if (given != null) {
            return given;
        }
        return subscriber != null ? subscriber.address() : district == null ? "" : district + " r.";
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof java.math.BigDecimal number ? number.toPlainString() : value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** A form's number (a BigDecimal from the portal) as the engine keeps numbers: a whole one as long, else double. */
    private static Object engineNumber(Object value) {
        if (value instanceof java.math.BigDecimal number) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException notWhole) {
                return number.doubleValue();
            }
        }
        return value;
    }

    private static String json(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("data", "type", "Məlumatlar oxunmadı / The data could not be read");
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** @param number null until the case is registered; a process without a confirmation step registers it at once */
    public record Submitted(String id, String number, String status, List<String> warnings) {
    }

    /**
     * An application that would be accepted.
     *
     * @param warnings what {@link #submit} would warn about ({@code ACTIVE_METER_EXISTS})
     * @param additionalMeterAsked whether the service's start form has the
     *     {@value ApplicationIntake#ADDITIONAL_METER} checkbox
     * @param additionalMeterRequested whether the citizen ticked it
     */
    public record Checked(List<String> warnings, boolean additionalMeterAsked, boolean additionalMeterRequested) {

        public Checked {
            warnings = List.copyOf(warnings);
        }

        public boolean activeMeterExists() {
            return warnings.contains(ACTIVE_METER_EXISTS);
        }

        /**
         * The code already has an active meter and the citizen has not yet said they want another one (on a form
         * that lets them say so): the meter guide's warning, before anything is stored.
         */
        public boolean activeMeterNotAcknowledged() {
            return activeMeterExists() && additionalMeterAsked && !additionalMeterRequested;
        }
    }

    private record Valid(EService service, Subscriber subscriber, Map<String, Object> data, String phone,
            List<String> warnings, CaseDocuments.Checked documents) {
    }

    public record Confirmed(String id, String number, String status) {
    }

    public record Cancelled(String id, String status) {
    }
}
