package cn.sangang.evaluation.reward.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.sangang.events.post.PostKind;
import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.problem.ForbiddenException;

class OwnRewardTest {

    @Test
    void the_holder_of_an_individual_post_does_not_pay_its_reward() {
        assertThatThrownBy(() -> OwnReward.requireNotPaidByHolder("P1", PostKind.INDIVIDUAL, "P1"))
                .isInstanceOf(ForbiddenException.class).extracting(refusal -> ((DomainException) refusal).code())
                .isEqualTo("reward.own-post");
    }

    @Test
    void anyone_else_pays_it() {
        assertThatCode(() -> OwnReward.requireNotPaidByHolder("P2", PostKind.INDIVIDUAL, "P1"))
                .doesNotThrowAnyException();
        assertThatCode(() -> OwnReward.requireNotPaidByHolder("P2", PostKind.COLLECTIVE, null))
                .doesNotThrowAnyException();
    }
}
