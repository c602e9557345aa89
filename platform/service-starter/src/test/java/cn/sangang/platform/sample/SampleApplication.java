package cn.sangang.platform.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service built on the starter: gadgets that announce themselves, and a tally of what it hears. */
@SpringBootApplication
class SampleApplication {
}
