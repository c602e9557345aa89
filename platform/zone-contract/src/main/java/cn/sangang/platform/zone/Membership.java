package cn.sangang.platform.zone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A person of the caller's bureau as zone-service answers at {@link ZonePaths#PERSON}, also when they have left
 * ({@code active} false). {@code headOf}: the unit the person heads, or null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Membership(String personNo, String name, boolean partyMember, boolean active, String unitCode,
        String unitName, String headOf) {
}
