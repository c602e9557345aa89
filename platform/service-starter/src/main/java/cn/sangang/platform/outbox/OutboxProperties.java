package cn.sangang.platform.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pollInterval how often the relay looks for pending outboxes when nothing woke it
 * @param sendTimeout  how long one publish may take before the relay backs off and retries later
 */
@ConfigurationProperties("sangang.outbox")
public record OutboxProperties(@DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("10s") Duration sendTimeout) {
}
