package cn.sangang.evaluation.survey.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

import cn.sangang.local.SurveyChallenges;

class ProofOfWorkTest {

    @Test
    void counts_the_leading_zero_bits_of_a_digest() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[]{(byte) 0x80, 0})).isZero();
        assertThat(ProofOfWork.leadingZeroBits(new byte[]{0x01, 0})).isEqualTo(7);
        assertThat(ProofOfWork.leadingZeroBits(new byte[]{0, 0x10})).isEqualTo(11);
        assertThat(ProofOfWork.leadingZeroBits(new byte[]{0, 0, 0})).isEqualTo(24);
    }

    @Test
    void a_nonce_the_shared_solver_finds_solves_its_challenge_and_no_other() throws Exception {
        String challenge = "cG93fFNWMTIzNDU2Nzh8YWJjfDE3NjQ2ODU4MDB8MTI.c2lnbmF0dXJl";
        String nonce = SurveyChallenges.solve(challenge, 12);

        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest((challenge + ":" + nonce).getBytes(StandardCharsets.UTF_8));
        assertThat(ProofOfWork.leadingZeroBits(digest)).isGreaterThanOrEqualTo(12);
        assertThat(ProofOfWork.solves(challenge, nonce, 12)).isTrue();
        assertThat(ProofOfWork.solves(challenge + "x", nonce, 12)).as("another challenge").isFalse();
    }

    @Test
    void zero_bits_is_no_work_and_more_bits_than_a_nonce_reaches_is_not_solved() throws Exception {
        assertThat(ProofOfWork.solves("anything", "0", 0)).isTrue();
        String nonce = SurveyChallenges.solve("anything", 4);
        int reached = ProofOfWork.leadingZeroBits(sha256("anything:" + nonce));
        assertThat(ProofOfWork.solves("anything", nonce, reached)).isTrue();
        assertThat(ProofOfWork.solves("anything", nonce, reached + 1)).isFalse();
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
