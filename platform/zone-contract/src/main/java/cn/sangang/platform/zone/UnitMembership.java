package cn.sangang.platform.zone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A unit and the people now working in it, as zone-service answers at {@link ZonePaths#UNIT_MEMBERSHIP}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitMembership(String unitCode, String unitName, List<Member> people) {

    /** A person now working in the unit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Member(String personNo, String name, boolean partyMember) {
    }
}
