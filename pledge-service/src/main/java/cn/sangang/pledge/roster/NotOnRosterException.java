package cn.sangang.pledge.roster;

/** zone-service answered that a person number is not on the caller's bureau's roster. */
class NotOnRosterException extends RuntimeException {

    NotOnRosterException(String personNo) {
        super(personNo + " is not on this bureau's roster");
    }
}
