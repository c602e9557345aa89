package cn.sangang.gateway.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins wrong passwords in a row before an account locks
 * @param lockFor         how long it stays locked
 * @param statusCacheFor  how long a disabled account may keep using a token it already holds
 */
@ConfigurationProperties("sangang.gateway.accounts")
public record AccountProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockFor,
                                @DefaultValue("5s") Duration statusCacheFor) {
}
