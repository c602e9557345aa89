package cn.sangang.evaluation.survey;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one network may ask of a survey (sangang.evaluation.ballots).
 *
 * @param ipv4PrefixLength bits of an IPv4 client address that name its network: 32, the address itself, or e.g. 24
 *                         to count a whole office or campus block as one (IPv6 always counts by /64)
 * @param perPrefix        tickets one network gets per survey and day (bureau time)
 * @param powBits          leading zero bits a ticket's proof of work must reach: each more doubles its cost
 * @param burstThreshold   answers from one network within one hour from which the office's report lists them
 */
@ConfigurationProperties("sangang.evaluation.ballots")
record BallotProperties(@DefaultValue("32") int ipv4PrefixLength, @DefaultValue("50") int perPrefix,
        @DefaultValue("17") int powBits, @DefaultValue("10") int burstThreshold) {

    BallotProperties {
        if (ipv4PrefixLength < 8 || ipv4PrefixLength > 32) {
            throw new IllegalArgumentException(
                    "sangang.evaluation.ballots.ipv4-prefix-length is 8 to 32, not " + ipv4PrefixLength);
        }
        if (perPrefix < 1) {
            throw new IllegalArgumentException("sangang.evaluation.ballots.per-prefix is at least 1, not " + perPrefix);
        }
        if (powBits < 0 || powBits > 32) {
            throw new IllegalArgumentException("sangang.evaluation.ballots.pow-bits is 0 to 32, not " + powBits);
        }
        if (burstThreshold < 2) {
            throw new IllegalArgumentException(
                    "sangang.evaluation.ballots.burst-threshold is at least 2, not " + burstThreshold);
        }
    }
}
