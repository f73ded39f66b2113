package dev.netsim.common.persistence;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The JPA transaction manager Spring Boot would make, counting commits (it backs off when this one exists). */
@Configuration(proxyBeanMethods = false)
public class TransactionConfig {

    @Bean
    public PlatformTransactionManager transactionManager(CommittedWrites writes, ObjectProvider<TransactionManagerCustomizers> customizers) {
        CountingTransactionManager manager = new CountingTransactionManager(writes);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }
}
