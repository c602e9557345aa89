package cn.sangang.platform.zone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A unit of the bureau by code and name, one of the list at {@link ZonePaths#UNITS}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Unit(String code, String name) {
}
