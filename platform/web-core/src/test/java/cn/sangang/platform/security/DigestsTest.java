package cn.sangang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigestsTest {

    @Test
    void hashes_as_the_stored_values_were_hashed_sha_256_in_lower_case_hex() {
        assertThat(Digests.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void hashes_chinese_text_as_its_utf_8_bytes() {
        assertThat(Digests.sha256Hex("党员"))
                .isEqualTo("356fd9adea5a0a2e31b16482af32fc2b6df13c43e405a03fc3a57ef98d9f93bd");
    }
}
