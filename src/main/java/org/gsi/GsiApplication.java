package org.gsi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The GSI Platform: an open platform for multilateral security cooperation. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GsiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GsiApplication.class, args);
    }
}
