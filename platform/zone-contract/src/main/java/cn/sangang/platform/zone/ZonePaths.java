package cn.sangang.platform.zone;

/** Where zone-service answers the questions other deployables ask it; each answer's record names its path. */
public final class ZonePaths {

    /** {@link Bureau}: the caller's bureau. */
    public static final String BUREAU = "/api/zone/bureau";
    /** A list of {@link Bureau}: every bureau, for the county office. */
    public static final String BUREAUS = "/api/zone/bureaus";
    /** A list of {@link Unit}: the units of the caller's bureau. */
    public static final String UNITS = "/api/zone/units";
    /** {@link Membership}: one person of the caller's bureau. */
    public static final String PERSON = "/api/zone/membership/people/{personNo}";
    /** {@link PeopleFound} for a {@link PeopleLookup}: many people of the caller's bureau in one question. */
    public static final String PEOPLE_LOOKUP = "/api/zone/membership/people/lookup";
    /** {@link UnitMembership}: a unit of the caller's bureau and the people now working in it. */
    public static final String UNIT_MEMBERSHIP = "/api/zone/membership/units/{unitCode}";
    /** A list of {@link PartyMember}: every party member now in the caller's bureau. */
    public static final String PARTY_MEMBERS = "/api/zone/membership/party-members";

    private ZonePaths() {
    }
}
