package dev.netsim.common.api;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

import dev.netsim.common.AwsException;
import dev.netsim.common.Regions;
import dev.netsim.common.Scope;
import dev.netsim.common.ScopeInitializer;
import dev.netsim.protocol.RequestFacts;

/** Resolves {@link ApiScope} parameters from the JSON API's account and region headers. */
@Component
public class ApiScopeResolver implements HandlerMethodArgumentResolver {

    public static final String ACCOUNT_HEADER = "X-Netsim-Account";
    public static final String REGION_HEADER = "X-Netsim-Region";
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private final List<ScopeInitializer> initializers;

    public ApiScopeResolver(List<ScopeInitializer> initializers) {
        this.initializers = initializers;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(ApiScope.class) && parameter.getParameterType() == Scope.class;
    }

    @Override
    public Scope resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest web, WebDataBinderFactory binders) {
        HttpServletRequest http = web.getNativeRequest(HttpServletRequest.class);
        String account = http.getHeader(ACCOUNT_HEADER) == null ? Scope.DEFAULT_ACCOUNT : http.getHeader(ACCOUNT_HEADER);
        String region = http.getHeader(REGION_HEADER) == null ? Scope.DEFAULT_REGION : http.getHeader(REGION_HEADER);
        String service = parameter.getParameterAnnotation(ApiScope.class).value();
        Scope scope = new Scope(account, region);
        Object pattern = http.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        new RequestFacts("json", service, http.getMethod() + " " + pattern, scope).attachTo(http);
        if (!ACCOUNT.matcher(account).matches()) {
            throw new AwsException("InvalidParameterValue", "The " + ACCOUNT_HEADER + " header must be a 12-digit account id: " + account);
        }
        if (!Regions.isKnown(region)) {
            throw new AwsException("InvalidParameterValue", "The " + REGION_HEADER + " header must name a region Netsim knows ("
                    + String.join(", ", Regions.names()) + "): " + region);
        }
        initializers.stream().filter(i -> i.appliesTo(service)).forEach(i -> i.initialize(scope));
        return scope;
    }
}
