package az.muraciet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import az.muraciet.process.XmlDatatypeFactory;

@SpringBootApplication
public class MuraciatApplication {

    public static void main(String[] args) {
        XmlDatatypeFactory.useTheJdks();
        SpringApplication.run(MuraciatApplication.class, args);
    }
}
