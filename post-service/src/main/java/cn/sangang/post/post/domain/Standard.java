package cn.sangang.post.post.domain;

/** The four images (四个形象) and six standards (六条标准) a nomination answers, each in its own words. */
public enum Standard {
    /** 领跑形象. */
    IMAGE_PACESETTER,
    /** 敬业形象. */
    IMAGE_DEDICATION,
    /** 奉献形象. */
    IMAGE_SERVICE,
    /** 公仆形象. */
    IMAGE_PUBLIC_SERVANT,
    /** 热爱本职. */
    LOVES_THE_JOB,
    /** 熟悉政策. */
    KNOWS_THE_POLICIES,
    /** 依法行政. */
    ACTS_BY_LAW,
    /** 遵纪守法. */
    KEEPS_DISCIPLINE,
    /** 脚踏实地. */
    DOWN_TO_EARTH,
    /** 举止端庄. */
    DIGNIFIED_CONDUCT
}
