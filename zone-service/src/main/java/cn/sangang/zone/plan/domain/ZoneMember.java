package cn.sangang.zone.plan.domain;

/** A person in a zone and the concrete responsibility the plaque shows for them. */
public record ZoneMember(String personNo, String responsibility) {
}
