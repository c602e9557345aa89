package cn.sangang.platform.zone.client;

import cn.sangang.platform.problem.NotFoundException;

/** zone-service answered that the person or unit asked about is not on the caller's bureau's roster. */
public class ZoneNotFoundException extends NotFoundException {

    ZoneNotFoundException() {
        super("zone.not-found");
    }
}
