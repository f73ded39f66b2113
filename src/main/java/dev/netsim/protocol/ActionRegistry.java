package dev.netsim.protocol;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import dev.netsim.common.Scope;
import software.amazon.awssdk.core.SdkPojo;

/** Finds every {@link AwsAction} method and {@link ModelDrivenActions} bean once at start-up and looks handlers up by service and action. */
@Component
public class ActionRegistry implements SmartInitializingSingleton {

    private final ApplicationContext context;
    private final Map<String, Handler> handlers = new HashMap<>();

    public ActionRegistry(ApplicationContext context) {
        this.context = context;
    }

    /**
     * Looks at bean types, not instances, so beans without handlers (repositories above all) are
     * not created for it: they may be bootstrapped lazily or in the background.
     */
    @Override
    public void afterSingletonsInstantiated() {
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name, false);
            if (type == null || !hasHandlers(ClassUtils.getUserClass(type))) {
                continue;
            }
            Object bean = context.getBean(name);
            ReflectionUtils.doWithMethods(AopUtils.getTargetClass(bean), method -> register(bean, method),
                    m -> m.isAnnotationPresent(AwsAction.class));
        }
        for (ModelDrivenActions actions : context.getBeansOfType(ModelDrivenActions.class).values()) {
            actions.operations().forEach((operation, requestType) -> add(actions.service(), new Handler(requestType, isRead(operation), operation,
                    (request, scope) -> actions.handle(operation, (SdkPojo) request, scope))));
        }
    }

    private static boolean hasHandlers(Class<?> type) {
        return type.getName().startsWith("dev.netsim.") && java.util.Arrays.stream(ReflectionUtils.getDeclaredMethods(type))
                .anyMatch(m -> m.isAnnotationPresent(AwsAction.class));
    }

    private void register(Object bean, Method method) {
        Class<?>[] params = method.getParameterTypes();
        if (params.length != 2 || !SdkPojo.class.isAssignableFrom(params[0]) || params[1] != Scope.class
                || !params[0].getSimpleName().endsWith("Request")) {
            throw new IllegalStateException("@AwsAction method must be (XxxRequest, Scope): " + method);
        }
        AwsAction annotation = method.getAnnotation(AwsAction.class);
        WireService service = annotation.value();
        String action = annotation.action().isEmpty() ? params[0].getSimpleName().replaceFirst("Request$", "") : annotation.action();
        ReflectionUtils.makeAccessible(method);
        add(service, new Handler(params[0], isRead(action), action, (request, scope) -> invokeMethod(bean, method, request, scope)));
    }

    private void add(WireService service, Handler handler) {
        if (handlers.put(key(service, handler.action()), handler) != null) {
            throw new IllegalStateException("Two handlers for " + service + " " + handler.action());
        }
    }

    private static SdkPojo invokeMethod(Object bean, Method method, Object request, Scope scope) {
        try {
            return (SdkPojo) method.invoke(bean, request, scope);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Handler> find(WireService service, String action) {
        return Optional.ofNullable(handlers.get(key(service, action)));
    }

    /** The actions a service answers, in alphabetical order. */
    public java.util.List<String> actions(WireService service) {
        String prefix = service.name() + ":";
        return handlers.keySet().stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).sorted().toList();
    }

    /** AWS names every operation that changes nothing Describe…, Get…, List… or Search…; TestDNSAnswer only answers. */
    static boolean isRead(String action) {
        return action.startsWith("Describe") || action.startsWith("Get") || action.startsWith("List") || action.startsWith("Search")
                || action.equals("TestDNSAnswer");
    }

    private static String key(WireService service, String action) {
        return service.name() + ":" + action;
    }

    /**
     * One action's handler: the SDK request type it takes, whether it only reads, the operation's
     * name as the models spell it ({@code AttachNetworkInterface}, {@code DescribeSSLPolicies}), and
     * the call that answers it.
     */
    public record Handler(Class<?> requestType, boolean readOnly, String action, java.util.function.BiFunction<Object, Scope, SdkPojo> call) {

        /** A fresh builder of the request type: {@code XxxRequest.builder()}. */
        public SdkPojo newRequestBuilder() {
            try {
                return (SdkPojo) requestType.getMethod("builder").invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        public SdkPojo invoke(Object request, Scope scope) {
            return call.apply(request, scope);
        }
    }
}
