package az.muraciet.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file the citizen attached, as received: the slot it is for (the part's name), the name it came with and its size.
 * The content is read only when the size is within the limit.
 */
public record DocumentUpload(String slot, String fileName, long size, Content content) {

    @FunctionalInterface
    public interface Content {
        byte[] read() throws IOException;
    }

    public static DocumentUpload of(String slot, String fileName, byte[] content) {
        return new DocumentUpload(slot, fileName, content.length, () -> content);
    }

    /**
     * The files of a multipart request, each named by its part: every part but {@code notFiles}; a file input left
     * empty (no name, no bytes) is no file.
     */
    public static List<DocumentUpload> fromParts(Map<String, List<MultipartFile>> parts, String... notFiles) {
        Set<String> skipped = Set.of(notFiles);
        List<DocumentUpload> uploads = new ArrayList<>();
        parts.forEach((name, files) -> {
            if (!skipped.contains(name)) {
                files.stream().filter(file -> !notChosen(file)).forEach(file -> uploads.add(
                        new DocumentUpload(name, file.getOriginalFilename(), file.getSize(), file::getBytes)));
            }
        });
        return uploads;
    }

    private static boolean notChosen(MultipartFile file) {
        return file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }
}
