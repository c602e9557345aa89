package cn.sangang.evaluation.survey.domain;

/** What a survey is about: a model post, a responsibility zone, a pledge, or the bureau's leadership team. */
public enum TargetType {
    POST, ZONE, PLEDGE, LEADERSHIP
}
