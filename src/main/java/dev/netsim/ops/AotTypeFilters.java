package dev.netsim.ops;

import java.util.function.Predicate;

import org.springframework.data.util.TypeCollector;

/**
 * Keeps Spring Data's ahead-of-time processing to the persisted types: the address value classes
 * (ours and the IP address library's) appear in entity methods but are never stored, and the
 * library's internals cannot be described as persistent entities.
 */
public class AotTypeFilters implements TypeCollector.TypeCollectorFilters {

    @Override
    public Predicate<Class<?>> classPredicate() {
        return type -> !type.getName().startsWith("inet.ipaddr.") && !type.getPackageName().equals("dev.netsim.common.net");
    }
}
