package cn.sangang.post.post.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.sangang.events.post.PostKind;
import cn.sangang.platform.problem.DomainException;
import cn.sangang.platform.problem.ForbiddenException;
import cn.sangang.platform.problem.ProblemMessages;

class OwnPostTest {

    @Test
    void the_holder_of_an_individual_post_holds_it_and_nobody_else_does() {
        assertThat(OwnPost.heldBy("P1", PostKind.INDIVIDUAL, "P1", List.of())).isTrue();
        assertThat(OwnPost.heldBy("P2", PostKind.INDIVIDUAL, "P1", List.of("P2"))).isFalse();
    }

    @Test
    void everyone_working_in_the_unit_of_a_collective_post_holds_it() {
        assertThat(OwnPost.heldBy("P2", PostKind.COLLECTIVE, null, List.of("P1", "P2"))).isTrue();
        assertThat(OwnPost.heldBy("P9", PostKind.COLLECTIVE, null, List.of("P1", "P2"))).isFalse();
    }

    @Test
    void a_caller_without_a_person_number_holds_no_post() {
        assertThat(OwnPost.heldBy(null, PostKind.INDIVIDUAL, null, List.of())).isFalse();
    }

    @Test
    void a_holder_is_refused_in_chinese_naming_who_acts_instead() {
        assertThatThrownBy(() -> OwnPost.requireNotHeldBy("P1", PostKind.INDIVIDUAL, "P1", List.of()))
                .isInstanceOf(ForbiddenException.class).hasFieldOrPropertyWithValue("code", "post.own-post")
                .satisfies(refusal -> assertThat(
                        ProblemMessages.detail(((DomainException) refusal).code(), Map.of(), ProblemMessages.CHINESE))
                        .isEqualTo("不能评定或奖励本人所在的示范岗，请由其他局领导办理"));
        assertThatCode(() -> OwnPost.requireNotHeldBy("P9", PostKind.COLLECTIVE, null, List.of("P1")))
                .doesNotThrowAnyException();
    }
}
