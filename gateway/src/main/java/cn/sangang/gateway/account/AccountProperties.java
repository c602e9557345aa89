package cn.sangang.gateway.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import cn.sangang.gateway.account.domain.LoginThrottle;

/**
 * @param freeLoginFailures   wrong passwords from one address for one user name before it has to wait
 * @param firstLoginDelay     the first wait; it doubles with every further wrong password
 * @param maxLoginDelay       the longest wait
 * @param loginFailureWindow  how long an address's count of wrong passwords lasts (fixed windows)
 * @param loginFailureCeiling wrong passwords for one user name from all addresses together, per ceiling window,
 *                            after which only addresses the account logged in from lately may try
 * @param ceilingWindow       the window of that ceiling
 * @param familiarAddresses   how many recent login addresses an account remembers (hashed)
 * @param statusCacheFor      how long a disabled account may keep using a token it already holds
 */
@ConfigurationProperties("sangang.gateway.accounts")
public record AccountProperties(@DefaultValue("5") int freeLoginFailures, @DefaultValue("30s") Duration firstLoginDelay,
        @DefaultValue("15m") Duration maxLoginDelay, @DefaultValue("24h") Duration loginFailureWindow,
        @DefaultValue("50") int loginFailureCeiling, @DefaultValue("1h") Duration ceilingWindow,
        @DefaultValue("5") int familiarAddresses, @DefaultValue("5s") Duration statusCacheFor) {

    LoginThrottle throttle() {
        return new LoginThrottle(freeLoginFailures, firstLoginDelay, maxLoginDelay, loginFailureWindow,
                loginFailureCeiling, ceilingWindow);
    }
}
