package org.gsi.platform;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The caches the modules declare ({@link CacheSpec} beans), emptied on every node ({@link SharedCaches}). */
@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    @Bean
    CaffeineCacheManager cacheManager(List<CacheSpec> specs) {
        return SharedCaches.manager(specs, Ticker.systemTicker());
    }

    @Bean
    SharedCaches sharedCaches(CaffeineCacheManager cacheManager, NodeSignals signals) {
        return new SharedCaches(cacheManager, signals);
    }
}
