package cn.sangang.platform.problem;

/**
 * What kind of refusal a domain rule makes, said without HTTP: the web layers (services and gateway) decide which
 * status each kind is answered with.
 */
public enum Refusal {
    /** The request is malformed. */
    INVALID,
    /** The caller may not do this. */
    FORBIDDEN,
    /** The thing asked for does not exist in the caller's bureau. */
    NOT_FOUND,
    /** The request does not fit the current state. */
    CONFLICT,
    /** The request breaks a rule of the scheme. */
    RULE_VIOLATED,
    /** What was sent is larger than allowed. */
    TOO_LARGE,
    /** What was sent is not in a form that can be read. */
    UNSUPPORTED_FORMAT,
    /** The caller has asked too often. */
    TOO_MANY,
    /** A service this request depends on does not answer. */
    UNAVAILABLE
}
