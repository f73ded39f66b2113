package dev.netsim.common.persistence;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Every repository is injected as a proxy that finds the repository on its first call. Creating a
 * repository needs the JPA metamodel, which is built in the background while the rest of the
 * context starts; injected eagerly (as Spring AOT does, which drops Spring Data's own deferred
 * injection), the first service to be created would wait for it.
 */
@Component
class LazyRepositoryInjection implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory instanceof DefaultListableBeanFactory factory) {
            factory.setAutowireCandidateResolver(new RepositoriesLazily());
        }
    }

    private static final class RepositoriesLazily extends ContextAnnotationAutowireCandidateResolver {

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            return Repository.class.isAssignableFrom(descriptor.getDependencyType()) || super.isLazy(descriptor);
        }
    }
}
