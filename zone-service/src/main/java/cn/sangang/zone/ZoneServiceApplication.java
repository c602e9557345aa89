package cn.sangang.zone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The bureau roster, responsibility zones, work logs, reports and zone assessments (design §3.2). */
@SpringBootApplication
public class ZoneServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ZoneServiceApplication.class, args);
    }
}
