package cn.sangang.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class MongoPingTest {

    @Test
    void asks_with_ping_which_every_mongodb_wire_server_answers() {
        assertThat(MongoPing.command()).isEqualTo(new Document("ping", 1));
    }

    @Test
    void the_store_is_up_when_it_says_ok_whatever_number_type_the_driver_reads() {
        assertThat(MongoPing.status(new Document("ok", 1))).isEqualTo("UP");
        assertThat(MongoPing.status(new Document("ok", 1.0))).isEqualTo("UP");
        assertThat(MongoPing.status(new Document("ok", 1L))).isEqualTo("UP");
    }

    @Test
    void the_store_is_down_when_it_does_not_say_ok() {
        assertThat(MongoPing.status(new Document("ok", 0.0))).isEqualTo("DOWN");
        assertThat(MongoPing.status(new Document("errmsg", "no such command"))).isEqualTo("DOWN");
    }
}
