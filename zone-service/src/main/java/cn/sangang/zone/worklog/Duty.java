package cn.sangang.zone.worklog;

/** The zone duties of design §3.2 a log entry is about. */
enum Duty {
    /** 访基层群众、问干部作风. */
    VISIT_MASSES,
    /** 联系、教育、考察入党积极分子. */
    ACTIVIST_LIAISON,
    /** 协助支部工作. */
    BRANCH_ASSIST,
    /** 建设温馨集体. */
    CARING_COLLECTIVE, OTHER
}
