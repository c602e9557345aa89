package cn.sangang.platform.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param partitions        partitions of each topic this service creates when missing (production declares
 *                          topics itself, see k8s/)
 * @param replicationFactor replicas of those topics
 * @param retries           attempts after the first for a record whose handler failed transiently
 * @param retryInterval     pause between those attempts
 */
@ConfigurationProperties("sangang.kafka")
public record MessagingProperties(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor,
                                  @DefaultValue("2") long retries, @DefaultValue("500ms") Duration retryInterval) {
}
