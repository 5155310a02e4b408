package az.muraciet.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import az.muraciet.document.CaseDocuments;
import az.muraciet.document.DocumentSlot;
import az.muraciet.document.StoredDocument;

/**
 * The documents of a case as markdown links for a task form's text (Camunda Forms renders markdown in a text
 * component): each opens the document through {@link DocumentsForEmployees}, for the employees of the case's
 * department. Used in a model as the input of the task that shows them:
 * {@code documentLinks = ${caseDocumentLinks.markdown(applicationId, serviceCode)}}, and in the form as
 * {@code {{documentLinks}}}.
 */
@Component
public class CaseDocumentLinks {

    private final CaseDocuments documents;

    CaseDocumentLinks(CaseDocuments documents) {
        this.documents = documents;
    }

    public String markdown(String applicationId, String serviceCode) {
        List<StoredDocument> attached = documents.of(applicationId);
        if (attached.isEmpty()) {
            return "Sənəd əlavə edilməyib.";
        }
        Map<String, DocumentSlot> slots = documents.slotsOf(serviceCode).stream()
                .collect(Collectors.toMap(DocumentSlot::code, Function.identity()));
        List<String> lines = new ArrayList<>();
        for (StoredDocument document : attached) {
            DocumentSlot slot = slots.get(document.slotCode());
            String label = slot == null ? document.slotCode() : slot.labelAz();
            lines.add("- " + escape(label) + ": [" + escape(document.fileName()) + "]("
                    + DocumentsForEmployees.path(document.id()) + ") (" + document.shownSize() + ")");
        }
        return String.join("\n", lines);
    }

    /** Markdown's own characters as literal text: a file name cannot make a link or a heading of its own. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]()<>#+-.!|~\"'&".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
