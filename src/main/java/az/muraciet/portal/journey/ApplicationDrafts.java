package az.muraciet.portal.journey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import az.muraciet.casefile.Submission;
import az.muraciet.catalogue.EService;
import az.muraciet.catalogue.EServices;
import az.muraciet.document.CaseDocuments;
import az.muraciet.document.DocumentSlot;
import az.muraciet.document.DocumentUpload;
import az.muraciet.forms.CamundaForm;
import az.muraciet.forms.CamundaForms;
import az.muraciet.forms.FieldViolation;
import az.muraciet.forms.FormParameters;
import az.muraciet.forms.FormValidator;
import az.muraciet.identity.Citizen;
import az.muraciet.identity.CitizenAccounts;
import az.muraciet.identity.LinkedSubscribers;
import az.muraciet.intake.ApplicationIntake;
import az.muraciet.intake.SubmitApplicationRequest;
import az.muraciet.intake.SubscriberCodeOptions;
import az.muraciet.shared.InvalidInputException;
import az.muraciet.shared.NotFoundException;
import az.muraciet.subscriber.Subscriber;

/**
 * An application while the citizen fills it in, before it is a case: the service's own start form, fed with the
 * citizen's linked subscriber codes and contact details, the documents the service takes, and a submission checked
 * by the very rules the intake enforces — all of them shown at once, nothing stored until everything is right and an
 * active meter is acknowledged.
 */
@Component
class ApplicationDrafts {

    /** The form field holding the chosen subscriber code; the intake takes it beside the form's data. */
    static final String SUBSCRIBER_CODE = "subscriberCode";
    private static final String DEFAULT_CODE_OPTIONS = "subscriberCodes";
    /** Display-only start-form fields the citizen registry fills: who applies, for a service without a code. */
    static final String APPLICANT_NAME = "applicantName";
    static final String APPLICANT_FIN = "applicantFin";
    /** The page's own hidden field naming one filling-in of the form, so that sending it twice stores one case. */
    static final String DRAFT_PARAMETER = "_draft";
    /**
     * The page's own hidden field naming the application the citizen withdrew to correct: its documents go with the
     * corrected one, unless a new file is chosen for that document.
     */
    static final String DOCUMENTS_FROM_PARAMETER = "_documentsFrom";
    /** Parameters that belong to the page, not to the form. */
    private static final Set<String> PAGE_PARAMETERS = Set.of("_csrf", DRAFT_PARAMETER, DOCUMENTS_FROM_PARAMETER);

    private final EServices services;
    private final CamundaForms forms;
    private final FormValidator validator;
    private final LinkedSubscribers linkedSubscribers;
    private final CitizenAccounts citizens;
    private final ApplicationIntake intake;
    private final CaseDocuments documents;

    ApplicationDrafts(EServices services, CamundaForms forms, FormValidator validator,
            LinkedSubscribers linkedSubscribers, CitizenAccounts citizens, ApplicationIntake intake,
            CaseDocuments documents) {
        this.services = services;
        this.forms = forms;
        this.validator = validator;
        this.linkedSubscribers = linkedSubscribers;
        this.citizens = citizens;
        this.intake = intake;
        this.documents = documents;
    }

    /** @throws NotFoundException when there is no such active service */
    Draft open(String serviceCode, String fin) {
        EService service = services.findByCodeAndActiveTrue(serviceCode)
                .orElseThrow(() -> new NotFoundException("Belə e-xidmət yoxdur / No such e-service: " + serviceCode));
        CamundaForm form = forms.require(service.startFormId());
        SubscriberCodeOptions offered = SubscriberCodeOptions.of(form);
        List<Subscriber> linked = linkedSubscribers.of(fin, service.utility());
        return new Draft(service, form, linked.stream().filter(offered::offers).toList(),
                offered != SubscriberCodeOptions.ALL && !linked.isEmpty() ? offered : null,
                documents.slotsOf(service.code()));
    }

    /**
     * The values of a new application: the citizen's contact details, their code if they have only one, and what
     * they entered in an earlier application they withdrew to correct it ({@code earlier}, may be null).
     */
    Map<String, Object> prefilled(Draft draft, String fin, Submission earlier) {
        Map<String, Object> values = new LinkedHashMap<>();
        citizens.findById(fin).ifPresent(citizen -> {
            prefillContact(draft.form(), citizen, values);
            prefillApplicant(draft.form(), citizen, values);
        });
        if (draft.codes().size() == 1) {
            values.put(SUBSCRIBER_CODE, draft.codes().get(0).code());
        }
        if (earlier != null) {
            earlier.formData().forEach((key, value) -> {
                if (draft.form().field(key).isPresent() && value != null) {
                    values.put(key, value);
                }
            });
            values.put(SUBSCRIBER_CODE, earlier.subscriberCode());
        }
        return draft.values(values);
    }

    /**
     * @param files the files attached, by the name of their input (the document slot); empty inputs left out
     */
    Outcome submit(Draft draft, String fin, Map<String, ? extends List<String>> parameters, List<DocumentUpload> files,
            Locale locale) {
        Map<String, Object> posted = FormParameters.values(draft.form(), parameters, PAGE_PARAMETERS);
        Map<String, Object> shown = draft.values(posted);
        List<FieldViolation> violations = validator.validate(draft.form(), shown);
        if (!violations.isEmpty()) {
            // the files too, so that every problem shows at once
            List<FieldViolation> all = new ArrayList<>(violations);
            all.addAll(violations(new InvalidInputException(documents.check(draft.service().code(), files).errors()),
                    draft.form(), locale));
            return new Invalid(shown, all);
        }
        Map<String, Object> data = new LinkedHashMap<>(posted);
        Object code = data.remove(SUBSCRIBER_CODE);
        SubmitApplicationRequest request = new SubmitApplicationRequest(draft.service().code(),
                code instanceof String text ? text : null, data);
        try {
            ApplicationIntake.Checked checked = intake.check(fin, request, files);
            if (checked.activeMeterNotAcknowledged()) {
                return new ActiveMeter(shown, acknowledged(posted), draft.code(request.subscriberCode()));
            }
            ApplicationIntake.Submitted submitted = intake.submit(fin, request, files);
            return new Submitted(submitted.id(), submitted.number() != null);
        } catch (InvalidInputException e) {
            return new Invalid(shown, violations(e, draft.form(), locale));
        }
    }

    /** Labelled values of a submitted application, in the form's order, for the citizen to check. */
    List<Fact> facts(Draft draft, String fin, String subscriberCode, Map<String, Object> data, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        for (CamundaForm.Component component : components(draft.form().components())) {
            CamundaForm.Field field = component.field();
            Object value = SUBSCRIBER_CODE.equals(field.key()) ? subscriberCode : data.get(field.key());
            if (SUBSCRIBER_CODE.equals(field.key())) {
                facts.add(new Fact(field.label(), linkedSubscribers.ownedBy(fin, subscriberCode)
                        .map(ApplicationDrafts::optionLabel).orElse(subscriberCode), false));
            } else if (value instanceof Boolean yes) {
                facts.add(new Fact(field.label(), yes ? "yes" : "no", true));
            } else {
                facts.add(new Fact(field.label(), shown(component, value), false));
            }
        }
        return facts;
    }

    private static List<CamundaForm.Component> components(List<CamundaForm.Component> components) {
        List<CamundaForm.Component> inputs = new ArrayList<>();
        for (CamundaForm.Component component : components) {
            if (component.field() != null && !component.field().displayOnly()) {
                inputs.add(component);
            }
            inputs.addAll(components(component.components()));
        }
        return inputs;
    }

    /** A value as the citizen chose it: an option's label rather than its code. */
    private static String shown(CamundaForm.Component component, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> values) {
            return String.join(", ", values.stream().map(v -> shown(component, v)).toList());
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        return component.options().stream().filter(o -> o.value().equals(text)).map(CamundaForm.Option::label)
                .findFirst().orElse(text);
    }

    /** The applicant as the citizen registry has them, where the form shows it (read-only: the intake takes its own). */
    private static void prefillApplicant(CamundaForm form, Citizen citizen, Map<String, Object> values) {
        if (form.field(APPLICANT_NAME).isPresent()) {
            values.put(APPLICANT_NAME, citizen.fullName());
        }
        if (form.field(APPLICANT_FIN).isPresent()) {
            values.put(APPLICANT_FIN, citizen.fin());
        }
    }

    private static void prefillContact(CamundaForm form, Citizen citizen, Map<String, Object> values) {
        if (citizen.contactMobile() != null && form.field("phone").isPresent()) {
            values.put("phone", citizen.contactMobile());
        }
        if (citizen.email() != null && form.field("email").isPresent()) {
            values.put("email", citizen.email());
        }
    }

    /** The same values again with the additional meter asked for: what "Davam et" posts. */
    private static List<HiddenField> acknowledged(Map<String, Object> posted) {
        Map<String, Object> values = new LinkedHashMap<>(posted);
        values.put(ApplicationIntake.ADDITIONAL_METER, Boolean.TRUE);
        List<HiddenField> fields = new ArrayList<>();
        values.forEach((name, value) -> {
            Collection<?> each = value instanceof Collection<?> list ? list : List.of(value);
            each.forEach(v -> fields.add(new HiddenField(name,
                    v instanceof BigDecimal number ? number.toPlainString() : Objects.toString(v, ""))));
        });
        return fields;
    }

    /**
     * The intake's refusals beside the fields they are about: {@code data.phone} → {@code phone}. Its messages are
     * "Azerbaijani / English": the page's language is kept. A field the form does not have is named.
     */
    private static List<FieldViolation> violations(InvalidInputException e, CamundaForm form, Locale locale) {
        List<FieldViolation> violations = new ArrayList<>();
        for (InvalidInputException.FieldError error : e.errors()) {
            String key = error.field().startsWith("data.") ? error.field().substring("data.".length()) : error.field();
            String message = inLanguage(error.message(), locale);
            if ("unknown".equals(error.code()) && form.field(key).isEmpty()
                    && !key.startsWith(CaseDocuments.FIELD_PREFIX)) {
                message = message + ": " + key;
            }
            violations.add(new FieldViolation(key, error.code(), message));
        }
        return violations;
    }

    private static String inLanguage(String message, Locale locale) {
        int separator = message.indexOf(" / ");
        if (separator < 0) {
            return message;
        }
        return CaseViews.english(locale) ? message.substring(separator + 3) : message.substring(0, separator);
    }

    /** {@code 10000002 — Bakı, Nəsimi r., Füzuli küç. 48, m. 17} */
    static String optionLabel(Subscriber subscriber) {
        return subscriber.address() == null ? subscriber.code() : subscriber.code() + " — " + subscriber.address();
    }

    /**
     * A service's start form for one citizen: the codes it offers are the citizen's linked ones for that utility, those
     * the form asks for ({@link SubscriberCodeOptions}). {@code unsuitableCodes} says why none is offered although the
     * citizen has linked codes (e.g. the service is only for codes without a meter), null otherwise. {@code slots}: the
     * documents the service takes.
     */
    record Draft(EService service, CamundaForm form, List<Subscriber> codes, SubscriberCodeOptions unsuitableCodes,
            List<DocumentSlot> slots) {

        Draft {
            unsuitableCodes = codes.isEmpty() ? unsuitableCodes : null;
        }

        boolean hasCodes() {
            return !codes.isEmpty();
        }

        /** The form is offered when the citizen has a code to choose, or the service needs none. */
        boolean canApply() {
            return hasCodes() || !service.subscriberCodeRequired();
        }

        /** The form's values with its list of codes ({@code valuesKey}) as {@code {label, value}} options. */
        Map<String, Object> values(Map<String, Object> values) {
            Map<String, Object> all = new LinkedHashMap<>(values);
            all.put(codeOptionsKey(), codes.stream()
                    .map(s -> Map.of("label", optionLabel(s), "value", s.code())).toList());
            return all;
        }

        Subscriber code(String code) {
            return codes.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
        }

        private String codeOptionsKey() {
            return form.field(SUBSCRIBER_CODE).map(CamundaForm.Field::valuesKey).filter(Objects::nonNull)
                    .orElse(DEFAULT_CODE_OPTIONS);
        }

        /** Why no code is offered although the citizen has linked codes, as the page's text key; null otherwise. */
        String unsuitableCodesReason() {
            return unsuitableCodes == null ? null : "apply.unsuitableCodes." + unsuitableCodes.name();
        }
    }

    /** What a submission led to. */
    sealed interface Outcome permits Invalid, ActiveMeter, Submitted {
    }

    /** Something is wrong: the form again with these values and messages; nothing stored. */
    record Invalid(Map<String, Object> values, List<FieldViolation> violations) implements Outcome {
    }

    /** Valid, but the code has an active meter: warn, and offer to go on with these fields; nothing stored. */
    record ActiveMeter(Map<String, Object> values, List<HiddenField> continueWith, Subscriber subscriber)
            implements Outcome {
    }

    /**
     * Stored as a case awaiting the citizen's confirmation, or, for a process without a confirmation step,
     * {@code registered} at once.
     */
    record Submitted(String applicationId, boolean registered) implements Outcome {
    }

    record HiddenField(String name, String value) {
    }

    /** One line of the data to confirm; {@code yesNo} when {@code value} is "yes"/"no", shown in the page language. */
    record Fact(String label, String value, boolean yesNo) {
    }
}
