package cn.sangang.zone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The bureau roster, responsibility zones, work logs, reports and zone assessments (design §3.2). */
@SpringBootApplication
@EnableScheduling
public class ZoneServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZoneServiceApplication.class, args);
    }
}
