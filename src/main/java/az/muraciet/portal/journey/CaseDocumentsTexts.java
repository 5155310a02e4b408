package az.muraciet.portal.journey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.util.unit.DataSize;

import az.muraciet.document.DocumentSlot;
import az.muraciet.document.DocumentType;
import az.muraciet.document.StoredDocument;

/** Documents as the pages name them: the slot's label in the page's language, sizes as people read them. */
final class CaseDocumentsTexts {

    private CaseDocumentsTexts() {
    }

    static String label(DocumentSlot slot, Locale locale) {
        return CaseViews.english(locale) ? slot.labelEn() : slot.labelAz();
    }

    static String hint(DocumentSlot slot, Locale locale) {
        return CaseViews.english(locale) ? slot.hintEn() : slot.hintAz();
    }

    /** The types a service's slots take together, as the citizen reads them: {@code PDF və ya JPEG}, {@code JPEG}. */
    static String kinds(List<DocumentSlot> slots, Locale locale) {
        return slots.stream().flatMap(slot -> slot.types().stream()).distinct().map(DocumentType::shownName)
                .collect(Collectors.joining(CaseViews.english(locale) ? " or " : " və ya "));
    }

    /** {@code 5 MB} */
    static String size(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes % 1024 == 0 ? size.toKilobytes() + " KB" : bytes + " B";
    }

    /** The documents of a case as the citizen's pages list them, each under its slot's label. */
    static List<Attached> attached(List<StoredDocument> documents, List<DocumentSlot> slots, Locale locale) {
        Map<String, DocumentSlot> bySlot = slots.stream().collect(Collectors.toMap(DocumentSlot::code, Function.identity()));
        return documents.stream().map(d -> new Attached(d.id(),
                bySlot.containsKey(d.slotCode()) ? label(bySlot.get(d.slotCode()), locale) : d.slotCode(),
                d.fileName(), d.shownSize(), d.contentType())).toList();
    }

    /** One attached document: its id (for the download), the slot's label, the file's name, size and type. */
    record Attached(String id, String label, String fileName, String size, String contentType) {
    }
}
