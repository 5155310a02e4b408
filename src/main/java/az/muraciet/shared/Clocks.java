package az.muraciet.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class Clocks {

    /** Application numbers and act dates follow the utilities' local calendar. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Baku"));
    }
}
