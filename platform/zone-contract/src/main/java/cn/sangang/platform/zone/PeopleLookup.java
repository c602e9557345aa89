package cn.sangang.platform.zone;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The question at {@link ZonePaths#PEOPLE_LOOKUP}: these person numbers, at most {@link #MAX_PEOPLE} at once. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PeopleLookup(List<String> personNos) {

    /** More than any one form names, and few enough that one indexed read answers them. */
    public static final int MAX_PEOPLE = 200;
}
