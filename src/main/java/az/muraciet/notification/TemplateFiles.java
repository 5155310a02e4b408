package az.muraciet.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The template files under a location, read once: {@code <channel>/<STATUS>.<language>.txt}, and for e-mail also
 * {@code .html}. The first line of an e-mail's {@code .txt} is its subject: {@code Subject: ...}.
 */
class TemplateFiles {

    static final String CLASSPATH = "classpath:notifications/";

    private final String location;
    private final ResourceLoader resources = new DefaultResourceLoader();
    private final Map<String, Optional<Template>> read = new ConcurrentHashMap<>();

    /** @param location a folder as a Spring resource location ending in {@code /}, e.g. {@code file:/tmp/notifications/} */
    TemplateFiles(String location) {
        this.location = location;
    }

    /** The files a status needs on a channel, relative to the location. */
    static List<String> required(String status, Channel channel) {
        List<String> paths = new ArrayList<>();
        for (Language language : channel.languages()) {
            paths.add(path(status, channel, language, "txt"));
            if (channel == Channel.EMAIL) {
                paths.add(path(status, channel, language, "html"));
            }
        }
        return paths;
    }

    static String path(String status, Channel channel, Language language, String extension) {
        return channel.folder() + "/" + status + "." + language.tag() + "." + extension;
    }

    Optional<Template> find(String path) {
        return read.computeIfAbsent(path, this::read);
    }

    Template get(String path) {
        return find(path).orElseThrow(() -> new IllegalStateException("No notification template " + location + path));
    }

    String describe(String path) {
        return location + path;
    }

    private Optional<Template> read(String path) {
        Resource resource = resources.getResource(location + path);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Template(location + path, resource.getContentAsString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the notification template " + location + path, e);
        }
    }
}
