package dev.netsim.cloudfront.function;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeyValueStoreRepository extends JpaRepository<KeyValueStore, KeyValueStore.Key> {

    List<KeyValueStore> findByAccountOrderByName(String account);

    long countByAccount(String account);
}
