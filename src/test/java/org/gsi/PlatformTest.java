package org.gsi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole platform on a random port with its own embedded PostgreSQL (in a fresh directory under target/) and
 * the demo scenario. Every test class with this annotation shares one application context, so one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = GsiApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "gsi.data-dir=target/test-data/${random.uuid}",
            "gsi.demo=true",
            "gsi.database.durable=false",
            "gsi.login.max-failures=5",
            "logging.level.org.gsi=warn"
        })
public @interface PlatformTest {}
