package az.muraciet.document;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/services/{code}/documents}: which documents a service takes, for a client to ask for them. */
@RestController
class DocumentSlotsController {

    private final CaseDocuments documents;

    DocumentSlotsController(CaseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/v1/services/{code}/documents")
    List<SlotView> slots(@PathVariable String code) {
        long maxSize = documents.maxSize().toBytes();
        return documents.slotsOf(code).stream().map(s -> new SlotView(s.code(), s.labelAz(), s.labelEn(), s.hintAz(), s.hintEn(), s.required(),
                s.types().stream().map(DocumentType::contentType).toList(), s.maxCount(), maxSize)).toList();
    }

    /**
     * One slot: the file part's name ({@code code}), its hint (null when it has none), whether it is required, the
     * types taken, files and bytes at most.
     */
    record SlotView(String code, String labelAz, String labelEn, String hintAz, String hintEn, boolean required, List<String> contentTypes,
            int maxCount, long maxSizeBytes) {
    }
}
