package dev.netsim;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NetsimApplication {

    public static void main(String[] args) {
        SpringApplication.run(NetsimApplication.class, args);
    }
}
