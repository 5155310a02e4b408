package az.muraciet.shared;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Jersey exception mappers that answer {@link EngineApiUnavailable} for a failure caused by the database being
 * unreachable, in every Camunda JAX-RS application: the engine REST API and the webapps' APIs. Camunda maps
 * exceptions by their type — {@code Throwable} (e.g. Spring's "could not open a transaction"),
 * {@code ProcessEngineException}, {@code RestException} (a resource's wrapping) — to a 500 with a logged stack trace;
 * Jersey takes the mapper of the nearest type and, between mappers of one type, the higher priority (the lower number),
 * and asks an {@link ExtendedExceptionMapper} first whether it wants the exception, so every other failure is still
 * Camunda's. Registered by {@link Registration}, which Jersey finds through {@code META-INF/services} in each of its
 * applications; the webapps' applications are not Spring beans, so a {@code ResourceConfigCustomizer} would reach
 * {@code /engine-rest} only.
 */
public abstract class EngineApiDatabaseUnavailableMappers<E extends Throwable> implements ExtendedExceptionMapper<E> {

    /** Before Camunda's own mappers, which have the default {@code Priorities.USER}. */
    static final int BEFORE_CAMUNDA = Priorities.USER - 100;
    private static final Logger log = LoggerFactory.getLogger(EngineApiDatabaseUnavailableMappers.class);

    @Context
    private UriInfo request;

    @Override
    public boolean isMappable(E failure) {
        return DatabaseUnavailable.isCauseOf(failure);
    }

    @Override
    public Response toResponse(E failure) {
        log.warn("Camunda API request {} refused, database unavailable: {}", request.getRequestUri().getRawPath(),
                DatabaseUnavailable.describe(failure));
        return EngineApiUnavailable.asJaxRsResponse();
    }

    @Priority(BEFORE_CAMUNDA)
    public static final class OfAnyFailure extends EngineApiDatabaseUnavailableMappers<Throwable> {
    }

    @Priority(BEFORE_CAMUNDA)
    public static final class OfTheEngine extends EngineApiDatabaseUnavailableMappers<ProcessEngineException> {
    }

    @Priority(BEFORE_CAMUNDA)
    public static final class OfTheRestResources extends EngineApiDatabaseUnavailableMappers<RestException> {
    }

    /** Adds the mappers to every Jersey application (listed in {@code META-INF/services}). */
    public static final class Registration implements AutoDiscoverable {

        @Override
        public void configure(FeatureContext context) {
            context.register(OfAnyFailure.class, BEFORE_CAMUNDA);
            context.register(OfTheEngine.class, BEFORE_CAMUNDA);
            context.register(OfTheRestResources.class, BEFORE_CAMUNDA);
        }
    }
}
