package cn.sangang.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

    @Test
    void speaks_chinese_unless_the_caller_prefers_english() {
        assertThat(ProblemMessages.locale(null)).isEqualTo(ProblemMessages.CHINESE);
        assertThat(ProblemMessages.locale("fr-FR,fr;q=0.9")).isEqualTo(ProblemMessages.CHINESE);
        assertThat(ProblemMessages.locale("en-US,en;q=0.9,zh-CN;q=0.8")).isEqualTo(ProblemMessages.ENGLISH);
        assertThat(ProblemMessages.locale("zh-CN,zh;q=0.9,en;q=0.8")).isEqualTo(ProblemMessages.CHINESE);
        assertThat(ProblemMessages.locale(";;;q=bogus")).isEqualTo(ProblemMessages.CHINESE);
    }

    @Test
    void fills_the_arguments_and_lists_the_way_the_language_does() {
        Map<String, Object> args = Map.of("roles", List.of("LEADER", "OFFICE"));

        assertThat(ProblemMessages.detail("caller.needs-role", args, ProblemMessages.CHINESE))
                .isEqualTo("此操作需要以下角色之一：局领导、教育实践办");
        assertThat(ProblemMessages.detail("caller.needs-role", args, ProblemMessages.ENGLISH))
                .isEqualTo("this needs the role leader, office");
    }

    @Test
    void titles_follow_the_status_and_unknown_codes_show_themselves() {
        assertThat(ProblemMessages.title(422, ProblemMessages.CHINESE)).isEqualTo("不符合规定");
        assertThat(ProblemMessages.title(418, ProblemMessages.ENGLISH)).isEqualTo("Request failed");
        assertThat(ProblemMessages.detail("no.such-code", Map.of(), ProblemMessages.CHINESE)).isEqualTo("no.such-code");
    }

    @Test
    void every_platform_message_exists_in_both_languages_with_the_same_arguments() {
        assertThat(ProblemCatalogue.platform().mismatches()).isEmpty();
    }
}
