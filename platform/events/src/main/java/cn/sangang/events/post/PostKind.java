package cn.sangang.events.post;

/** 个人示范岗 held by one party member, or 集体示范岗 of an office room or section. */
public enum PostKind {
    INDIVIDUAL, COLLECTIVE
}
