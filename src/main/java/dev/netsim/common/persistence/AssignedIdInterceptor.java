package dev.netsim.common.persistence;

import java.util.Map;

import org.hibernate.Interceptor;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.data.domain.Persistable;
import org.springframework.stereotype.Component;

/**
 * Tells Hibernate which entities are new when it cascades or merges, from {@link Persistable#isNew()},
 * so an entity with an assigned id is inserted without a SELECT to find out whether its row exists.
 */
@Component
public class AssignedIdInterceptor implements Interceptor, HibernatePropertiesCustomizer {

    @Override
    public Boolean isTransient(Object entity) {
        return entity instanceof Persistable<?> persistable ? persistable.isNew() : null;
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(AvailableSettings.INTERCEPTOR, this);
    }
}
