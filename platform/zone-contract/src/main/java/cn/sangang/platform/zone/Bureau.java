package cn.sangang.platform.zone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A bureau by id and name, as {@link ZonePaths#BUREAU} and {@link ZonePaths#BUREAUS} answer. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Bureau(String id, String name) {
}
