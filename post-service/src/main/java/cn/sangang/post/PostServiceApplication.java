package cn.sangang.post;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Model posts (党员示范岗): nomination, election or resolution, plaque, quarterly assessment, veto (design §3.1). */
@SpringBootApplication
@EnableScheduling
public class PostServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PostServiceApplication.class, args);
    }
}
