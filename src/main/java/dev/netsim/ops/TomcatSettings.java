package dev.netsim.ops;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class TomcatSettings {

    /**
     * The Java SDK sends Route 53 ids unstripped ({@code /hostedzone/%2Fhostedzone%2FZ…}); Tomcat
     * rejects {@code %2F} unless told to pass it through. Spring then matches the raw segment and
     * decodes the path variable.
     */
    @Bean
    TomcatConnectorCustomizer encodedSlashPassthrough() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }
}
