package cn.sangang.events.pledge;

/** A member's own pledge (《党员公开承诺书》) or the branch's organisation pledge (《党组织公开承诺书》). */
public enum PledgeKind {
    MEMBER, ORGANISATION
}
