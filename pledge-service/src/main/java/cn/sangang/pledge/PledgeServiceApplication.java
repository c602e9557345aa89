package cn.sangang.pledge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Public pledges (党员承诺践诺): propose, review, sign, publicize, fulfil, evaluate (design §3.3). */
@SpringBootApplication
@EnableScheduling
public class PledgeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PledgeServiceApplication.class, args);
    }
}
