package cn.sangang.evaluation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Evaluation (design §3.4): satisfaction surveys, rewards for model posts that keep passing their assessments, the
 * commendation ranking, and the county office's feed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class EvaluationServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvaluationServiceApplication.class, args);
    }
}
