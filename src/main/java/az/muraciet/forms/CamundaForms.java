package az.muraciet.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** All Camunda Forms of the application ({@code forms/*.form} on the classpath), loaded once and looked up by id. */
@Component
public class CamundaForms {

    static final String LOCATION = "classpath*:forms/*.form";

    private final Map<String, CamundaForm> formsById = new HashMap<>();

    public CamundaForms() {
        this(LOCATION);
    }

    CamundaForms(String locationPattern) {
        Map<String, String> sources = new HashMap<>();
        for (Resource resource : resources(locationPattern)) {
            String source = resource.getDescription();
            CamundaForm form = load(resource, source);
            String earlier = sources.putIfAbsent(form.id(), source);
            if (earlier != null) {
                throw new IllegalStateException(
                        "Camunda form id '" + form.id() + "' is declared by both " + earlier + " and " + source);
            }
            formsById.put(form.id(), form);
        }
    }

    public Optional<CamundaForm> byId(String id) {
        return Optional.ofNullable(id == null ? null : formsById.get(id));
    }

    /** @throws IllegalArgumentException if no form has this id */
    public CamundaForm require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("No Camunda form with id '" + id + "'"));
    }

    private static Resource[] resources(String locationPattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
            Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list Camunda forms at " + locationPattern, e);
        }
    }

    private static CamundaForm load(Resource resource, String source) {
        try (InputStream json = resource.getInputStream()) {
            return CamundaForm.parse(json);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot load Camunda form " + source + ": " + e.getMessage(), e);
        }
    }
}
