package az.muraciet.process;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import az.muraciet.casefile.Application;
import az.muraciet.casefile.Applications;
import az.muraciet.document.CaseDocuments;
import az.muraciet.document.StoredDocument;
import az.muraciet.routing.Departments;
import az.muraciet.shared.NotFoundException;

/**
 * A case's document for the employees working the case, opened from the task form's link ({@link CaseDocumentLinks}):
 * only an employee (logged in to the Camunda webapps, or HTTP Basic with their Camunda password: the security
 * configuration's {@code /employee/**} rules) who is a member of the department the case is routed to, or of its head
 * group (an overdue task is escalated there). Anyone else gets 403; a document that does not exist, or of a case not
 * yet routed, 404.
 */
@RestController
class DocumentsForEmployees {

    static final String PATH = "/employee/documents/";

    private final CaseDocuments documents;
    private final Applications applications;
    private final HistoryService history;
    private final IdentityService identity;

    DocumentsForEmployees(CaseDocuments documents, Applications applications, HistoryService history,
            IdentityService identity) {
        this.documents = documents;
        this.applications = applications;
        this.history = history;
        this.identity = identity;
    }

    static String path(String documentId) {
        return PATH + documentId;
    }

    @GetMapping(PATH + "{id}")
    ResponseEntity<byte[]> open(@PathVariable String id, Principal employee) {
        StoredDocument document = documents.find(id)
                .orElseThrow(() -> new NotFoundException("Sənəd tapılmadı / Document not found"));
        String department = departmentOf(document.applicationId())
                .orElseThrow(() -> new NotFoundException("Sənəd tapılmadı / Document not found"));
        String user = employee.getName();
        if (!memberOf(user, department) && !memberOf(user, Departments.headGroupOf(department))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Bu müraciət sizin struktur bölmənizə aid deyil / This case is not your department's");
        }
        CaseDocuments.DocumentFile file = documents.file(document.applicationId(), id).orElseThrow();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.fileName(),
                        java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    private boolean memberOf(String userId, String group) {
        return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }

    /** The department group the case was routed to, as the engine recorded it; none before routing. */
    private Optional<String> departmentOf(String applicationId) {
        return applications.findById(applicationId).map(Application::processInstanceId).filter(Objects::nonNull)
                .flatMap(instance -> history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                        .variableName(CaseVariables.DEPARTMENT_GROUP).list().stream()
                        .map(HistoricVariableInstance::getValue).filter(String.class::isInstance)
                        .map(String.class::cast).findFirst());
    }
}
