package dev.netsim.common.api;

import java.util.List;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.servers.Server;

/** Wiring of the JSON API: the scope resolver and the OpenAPI description springdoc publishes. */
@Configuration
public class JsonApiConfig implements WebMvcConfigurer {

    private final ApiScopeResolver scopeResolver;

    public JsonApiConfig(ApiScopeResolver scopeResolver) {
        this.scopeResolver = scopeResolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(scopeResolver);
    }

    @Bean
    OpenAPI netsimOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Netsim JSON API").version("v1")
                        .description("Resource-style access to the AWS network Netsim emulates. Errors are application/problem+json "
                                + "with the AWS error `code` the wire API would return."))
                // A fixed server keeps the published spec independent of the port a test runs on.
                .servers(List.of(new Server().url("http://127.0.0.1:4566").description("Netsim on its default address")));
    }

    /** Documents the account and region headers on every operation that takes an {@link ApiScope}. */
    @Bean
    OperationCustomizer scopeHeaders() {
        return (operation, handler) -> {
            boolean scoped = java.util.Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(ApiScope.class));
            if (scoped) {
                operation.addParametersItem(new HeaderParameter().name(ApiScopeResolver.ACCOUNT_HEADER).required(false)
                        .description("Account to act in (12 digits)").schema(new StringSchema()._default("000000000000")));
                operation.addParametersItem(new HeaderParameter().name(ApiScopeResolver.REGION_HEADER).required(false)
                        .description("Region to act in").schema(new StringSchema()._default("us-east-1")));
            }
            return operation;
        };
    }
}
