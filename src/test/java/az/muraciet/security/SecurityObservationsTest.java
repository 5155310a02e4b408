package az.muraciet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

/** Each request is observed as a whole; Spring Security's filters, authentications and authorizations are not. */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityObservationsTest {

    @Autowired MockMvc mvc;
    @Autowired StartedObservations started;

    @Test
    void aRequestIsObservedAndSpringSecuritysStepsAreNot() throws Exception {
        mvc.perform(get("/api/v1/applications")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());

        assertThat(started.names).contains("http.server.requests")
                .noneMatch(name -> name.startsWith("spring.security"));
    }

    @TestConfiguration
    static class Recording {

        @Bean
        StartedObservations startedObservations() {
            return new StartedObservations();
        }
    }

    static class StartedObservations implements ObservationHandler<Observation.Context> {

        final List<String> names = new CopyOnWriteArrayList<>();

        @Override
        public void onStart(Observation.Context context) {
            names.add(context.getName());
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }
}
