package az.muraciet.document;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import az.muraciet.shared.InvalidInputException.FieldError;

/**
 * The documents of cases. Which documents a service takes is data ({@code e_service_document}); {@link #check} judges
 * a submission's files against it — each file's type by its content (PDF, JPEG), its size against
 * {@code muraciet.documents.max-size}, the number per slot, every required slot given — and {@link #store} keeps
 * the accepted files with the case, in the caller's transaction (the one storing the case), so a refusal or a failure
 * leaves nothing behind.
 */
@Service
@EnableConfigurationProperties(DocumentProperties.class)
public class CaseDocuments implements InitializingBean {

    /** Refusals name the slot as {@code documents.<SLOT>}. */
    public static final String FIELD_PREFIX = "documents.";
    private static final int MAX_FILE_NAME = 255;

    private final DocumentSlots slots;
    private final StoredDocuments stored;
    private final DataSize maxSize;
    private final ObjectProvider<MultipartProperties> multipart;
    private final Clock clock;

    CaseDocuments(DocumentSlots slots, StoredDocuments stored, DocumentProperties properties,
            ObjectProvider<MultipartProperties> multipart, Clock clock) {
        this.slots = slots;
        this.stored = stored;
        this.maxSize = properties.maxSize();
        this.multipart = multipart;
        this.clock = clock;
    }

    /** Refuses to start when a slot names a type we cannot recognise, or the server would not read a file this big. */
    @Override
    public void afterPropertiesSet() {
        slots.findAll().forEach(DocumentSlot::types);
        MultipartProperties server = multipart.getIfAvailable();
        if (server != null && server.getMaxFileSize() != null && server.getMaxFileSize().toBytes() >= 0
                && server.getMaxFileSize().compareTo(maxSize) < 0) {
            throw new IllegalStateException("spring.servlet.multipart.max-file-size (" + server.getMaxFileSize()
                    + ") is smaller than muraciet.documents.max-size (" + maxSize + "): a file the service accepts "
                    + "would be refused by the server; raise the multipart limit");
        }
    }

    /** The documents a service takes, in the order the citizen is asked for them; none for most services. */
    @Transactional(readOnly = true)
    public List<DocumentSlot> slotsOf(String serviceCode) {
        return slots.findByKeyServiceCodeOrderByPosition(serviceCode);
    }

    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Judges the files of a submission against the service's slots, all at once; reads nothing of a file that is too
     * big or of a slot the service does not have.
     *
     * @param uploads the files given, each named by its slot; files not chosen (an empty file input) are left out by
     *     the caller
     */
    @Transactional(readOnly = true)
    public Checked check(String serviceCode, List<DocumentUpload> uploads) {
        List<DocumentSlot> offered = slotsOf(serviceCode);
        Map<String, DocumentSlot> byCode = offered.stream()
                .collect(Collectors.toMap(DocumentSlot::code, s -> s, (a, b) -> a, LinkedHashMap::new));
        List<FieldError> errors = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        Map<String, List<DocumentUpload>> given = new LinkedHashMap<>();
        for (DocumentUpload upload : uploads) {
            String slot = upload.slot() == null ? "" : upload.slot();
            if (byCode.containsKey(slot)) {
                given.computeIfAbsent(slot, s -> new ArrayList<>()).add(upload);
            } else {
                unknown.add(slot);
            }
        }
        unknown.forEach(slot -> errors.add(new FieldError(FIELD_PREFIX + slot, "unknown",
                "Bu xidmət belə sənəd qəbul etmir / This service takes no such document")));
        List<Accepted> accepted = new ArrayList<>();
        for (DocumentSlot slot : offered) {
            List<DocumentUpload> files = given.getOrDefault(slot.code(), List.of());
            String field = FIELD_PREFIX + slot.code();
            if (files.isEmpty() && slot.required()) {
                errors.add(new FieldError(field, "required", "Sənəd əlavə edilməyib: " + slot.labelAz()
                        + " / Document missing: " + slot.labelEn()));
            }
            if (files.size() > slot.maxCount()) {
                errors.add(new FieldError(field, "maxCount", "Bu sənəd üçün ən çox " + slot.maxCount()
                        + " fayl əlavə etmək olar / At most " + slot.maxCount() + " files for this document"));
                continue;
            }
            for (DocumentUpload file : files) {
                checkFile(slot, file, accepted.size() + 1, errors).ifPresent(accepted::add);
            }
        }
        return new Checked(errors, errors.isEmpty() ? accepted : List.of());
    }

    private Optional<Accepted> checkFile(DocumentSlot slot, DocumentUpload file, int position, List<FieldError> errors) {
        String field = FIELD_PREFIX + slot.code();
        String name = fileName(file.fileName());
        String shown = name == null ? "" : name + ": ";
        if (file.size() > maxSize.toBytes()) {
            errors.add(tooLarge(field, shown));
            return Optional.empty();
        }
        byte[] content;
        try {
            content = file.content().read();
        } catch (IOException e) {
            errors.add(new FieldError(field, "unreadable", shown + "fayl oxunmadı, yenidən əlavə edin / " + shown
                    + "the file could not be read, attach it again"));
            return Optional.empty();
        }
        if (content == null || content.length == 0) {
            errors.add(new FieldError(field, "empty", shown + "fayl boşdur / " + shown + "the file is empty"));
            return Optional.empty();
        }
        if (content.length > maxSize.toBytes()) {
            errors.add(tooLarge(field, shown));
            return Optional.empty();
        }
        List<DocumentType> allowed = slot.types();
        Optional<DocumentType> type = DocumentType.of(content).filter(allowed::contains);
        if (type.isEmpty()) {
            String kinds = String.join(" və ya ", allowed.stream().map(DocumentType::shownName).toList());
            String kindsEn = String.join(" or ", allowed.stream().map(DocumentType::shownName).toList());
            errors.add(new FieldError(field, "type", shown + "fayl " + kinds + " deyil (faylın adı yox, məzmunu yoxlanılır) / "
                    + shown + "the file is not a " + kindsEn + " (its content is checked, not its name)"));
            return Optional.empty();
        }
        String stored = name != null ? name : slot.code().toLowerCase() + "-" + position
                + (type.get() == DocumentType.PDF ? ".pdf" : ".jpg");
        return Optional.of(new Accepted(slot.code(), stored, type.get(), content, sha256(content)));
    }

    private FieldError tooLarge(String field, String shown) {
        return new FieldError(field, "maxSize", shown + "fayl çox böyükdür, ən çox " + shownSize(maxSize) + " / "
                + shown + "the file is too large, at most " + shownSize(maxSize));
    }

    /**
     * The refusal of an upload the server stopped reading because a file or the whole request was over the
     * multipart limits: it names the slot when the server said which file it was.
     */
    public FieldError tooLarge(Throwable refusedByServer) {
        for (Throwable cause = refusedByServer; cause != null; cause = cause.getCause()) {
            if (cause instanceof FileSizeLimitExceededException file && file.getFieldName() != null) {
                return tooLarge(file.getFieldName());
            }
        }
        return tooLarge((String) null);
    }

    /**
     * Whether the server refused to read an upload for being over its multipart limits (a file or the whole request),
     * rather than for being malformed. Spring reports it as {@code MaxUploadSizeExceededException}, or, when the parts
     * are read lazily, as a {@code MultipartException} caused by the server's size refusal.
     */
    public static boolean overServerLimit(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof MaxUploadSizeExceededException || cause instanceof SizeException) {
                return true;
            }
        }
        return false;
    }

    /** A file for this slot was too large to take; {@code null}: the files sent, which one unknown. */
    public FieldError tooLarge(String slot) {
        if (slot == null || slot.isBlank()) {
            return new FieldError("documents", "maxSize", "Göndərilən fayllar çox böyükdür, hər biri ən çox "
                    + shownSize(maxSize) + " / The files sent are too large, at most " + shownSize(maxSize) + " each");
        }
        return tooLarge(FIELD_PREFIX + slot, "");
    }

    /** Keeps the accepted files with the case, in the transaction that stores the case. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<StoredDocument> store(String applicationId, Checked checked) {
        if (!checked.errors().isEmpty()) {
            throw new IllegalArgumentException("Refused documents are never stored: " + checked.errors());
        }
        List<StoredDocument> kept = new ArrayList<>();
        int position = 1;
        for (Accepted document : checked.accepted()) {
            kept.add(stored.save(new CaseDocument(applicationId, document.slot(), position++, document.fileName(),
                    document.type(), document.content(), document.sha256(), clock.instant())).info());
        }
        return kept;
    }

    /** The documents of a case, in the order they were given, without their content. */
    @Transactional(readOnly = true)
    public List<StoredDocument> of(String applicationId) {
        return stored.listOf(applicationId);
    }

    /** A document by its id, without its content. */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> find(String documentId) {
        return documentId == null ? Optional.empty() : stored.infoOf(documentId);
    }

    /** A document of this case with its content; a document of another case is not found. */
    @Transactional(readOnly = true)
    public Optional<DocumentFile> file(String applicationId, String documentId) {
        return (documentId == null ? Optional.<CaseDocument>empty() : stored.findById(documentId))
                .filter(d -> d.applicationId().equals(applicationId))
                .map(d -> new DocumentFile(d.info(), d.content()));
    }

    /** The name without any path, control characters or quotes, at most 255 characters; null when nothing is left. */
    static String fileName(String given) {
        if (given == null) {
            return null;
        }
        String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        if (name.length() > MAX_FILE_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILE_NAME - extension.length()) + extension;
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? null : name;
    }

    static String shownSize(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " B";
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What {@link #check} found: every refusal, each naming its slot ({@code documents.ID_CARD}); the accepted files
     * only when nothing was refused.
     */
    public record Checked(List<FieldError> errors, List<Accepted> accepted) {

        public Checked {
            errors = List.copyOf(errors);
            accepted = List.copyOf(accepted);
        }

        public static Checked none() {
            return new Checked(List.of(), List.of());
        }

        /** The files as they will be stored: for the confirmation of a check. */
        public List<String> fileNames() {
            return accepted.stream().map(Accepted::fileName).toList();
        }
    }

    /** A file that passed: its slot, the name it is stored under, the type found in it, the content and its SHA-256. */
    public record Accepted(String slot, String fileName, DocumentType type, byte[] content, String sha256) {
    }

    /** A stored document and its content. */
    public record DocumentFile(StoredDocument document, byte[] content) {
    }
}
