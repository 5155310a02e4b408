package az.muraciet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MuraciatApplication {

    public static void main(String[] args) {
        SpringApplication.run(MuraciatApplication.class, args);
    }
}
