package cn.sangang.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param partitions        partitions of each topic this service creates when missing (production declares
 *                          topics itself, see k8s/)
 * @param replicationFactor replicas of those topics
 * @param retryInterval     first pause before retrying a record whose handler failed (store failover, a
 *                          dependency restarting); it doubles up to 30 s
 * @param retryFor          how long such a record is retried, holding back its partition, before it is parked on
 *                          the dead-letter topic; long enough to outlast a MongoDB election or a restart
 */
@ConfigurationProperties("sangang.kafka")
public record MessagingProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor,
        @DefaultValue("500ms") Duration retryInterval, @DefaultValue("5m") Duration retryFor) {
}
