package cn.sangang.events.reminder;

/** What a reminder asks someone to do; the inbox groups and words them by kind. */
public enum ReminderKind {
    /** 承诺公示截止临近: the branch's pledges must be made public by the deadline (May 31). */
    PLEDGE_PUBLICITY_DEADLINE,
    /** A pledge item's 完成时限 is near or past. */
    PLEDGE_ITEM_DEADLINE,
    /** A rectification (整改) ordered by an assessment is near or past its deadline. */
    RECTIFICATION_DEADLINE,
    /** A pledge waits for the leadership's review (审诺). */
    PLEDGE_REVIEW,
    /** An election (民主推选) is open and the voter has not voted. */
    ELECTION_VOTE,
    /** A model post's quarter has ended and it is not assessed yet. */
    POST_ASSESSMENT_DUE,
    /** A report (报告) waits for the office. */
    REPORT_WAITING
}
