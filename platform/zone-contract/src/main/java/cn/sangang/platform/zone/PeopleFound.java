package cn.sangang.platform.zone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The answer at {@link ZonePaths#PEOPLE_LOOKUP}: each person asked for who is on the roster (also when they have
 * left), and the numbers that are not, both in the order asked and each once.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeopleFound(List<Membership> people, List<String> notOnRoster) {
}
