package cn.sangang.zone.roster.domain;

/** The second-level units of a bureau: 股 (section), 所 (station), 队 (brigade), 室 (office). */
public enum UnitKind {
    SECTION, STATION, BRIGADE, OFFICE
}
