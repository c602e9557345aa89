package cn.sangang.platform.zone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A party member now in the bureau with their unit, one of the list at {@link ZonePaths#PARTY_MEMBERS}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartyMember(String personNo, String name, String unitCode, String unitName) {
}
