package az.muraciet.shared;

import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * One Jackson {@link ObjectMapper} for Camunda's JAX-RS applications (the engine REST API and the webapps' APIs),
 * configured by Camunda's own {@link JacksonConfigurator#configureObjectMapper}. Camunda's resolver answers every call
 * with a new mapper, so every request built Jackson's serializers and deserializers again: about a tenth of the CPU of
 * a Tasklist page (bench/README.md). A configured mapper is safe to share; Jackson copies the date format for each use.
 * Jersey asks the resolvers of one media type in turn and takes the first answer, so this one comes first.
 */
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
@Priority(EngineApiObjectMapper.BEFORE_CAMUNDA)
public final class EngineApiObjectMapper implements ContextResolver<ObjectMapper> {

    static final int BEFORE_CAMUNDA = Priorities.USER - 100;

    /** Built on first use, after the application has set Camunda's date format (a static of Camunda's). */
    private static final class Shared {
        static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
    }

    static ObjectMapper shared() {
        return Shared.MAPPER;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return Shared.MAPPER;
    }

    /** Adds the resolver to every Jersey application (listed in {@code META-INF/services}). */
    public static final class Registration implements AutoDiscoverable {

        @Override
        public void configure(FeatureContext context) {
            context.register(EngineApiObjectMapper.class, BEFORE_CAMUNDA);
        }
    }
}
