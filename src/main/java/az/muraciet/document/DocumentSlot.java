package az.muraciet.document;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One kind of document an e-service takes (a slot): a row of {@code e_service_document}. The slot's code names the
 * file part of a submission ({@code ID_CARD}) and the field of a refusal ({@code documents.ID_CARD}).
 */
@Entity
@Table(name = "e_service_document")
public class DocumentSlot {

    @EmbeddedId
    private Key key;
    private int position;
    private String labelAz;
    private String labelEn;
    private String hintAz;
    private String hintEn;
    private boolean required;
    private String contentTypes;
    private int maxCount;

    protected DocumentSlot() {
    }

    public String serviceCode() {
        return key.serviceCode;
    }

    public String code() {
        return key.code;
    }

    public int position() {
        return position;
    }

    public String labelAz() {
        return labelAz;
    }

    public String labelEn() {
        return labelEn;
    }

    /** What the citizen is told under the file input beside the types taken; null when the label says enough. */
    public String hintAz() {
        return hintAz;
    }

    public String hintEn() {
        return hintEn;
    }

    public boolean required() {
        return required;
    }

    public int maxCount() {
        return maxCount;
    }

    /**
     * The types this slot takes, in the order the row lists them.
     *
     * @throws IllegalStateException when the row names a type the system cannot recognise by content
     */
    public List<DocumentType> types() {
        return Arrays.stream(contentTypes.split(",")).filter(t -> !t.isBlank())
                .map(t -> DocumentType.ofContentType(t).orElseThrow(() -> new IllegalStateException(
                        "e_service_document " + key.serviceCode + "/" + key.code + " names content type '" + t.strip()
                                + "'; the types recognised by content are "
                                + Arrays.stream(DocumentType.values()).map(DocumentType::contentType).toList())))
                .toList();
    }

    /** For an {@code accept} attribute: {@code application/pdf,image/jpeg}. */
    public String accept() {
        return String.join(",", types().stream().map(DocumentType::contentType).toList());
    }

    @Embeddable
    record Key(String serviceCode, String code) implements Serializable {
    }
}
