package cn.sangang.zone.bureau;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.bureau.BureauApi.BureauRename;
import cn.sangang.zone.bureau.BureauApi.BureauView;

/**
 * The name of the caller's bureau, for every role of it and set by its ADMIN; and every bureau's name for the county
 * office, which belongs to no bureau and names them on its dashboard.
 */
@RestController
@RequestMapping("/api/zone")
class BureauController {

    private final BureauService service;
    private final Bureaus bureaus;

    BureauController(BureauService service, Bureaus bureaus) {
        this.service = service;
        this.bureaus = bureaus;
    }

    @GetMapping("/bureau")
    BureauView bureau(Caller caller) {
        return bureaus.of(caller.bureauAs(Role.bureauRoles()));
    }

    @PutMapping("/bureau")
    BureauView rename(Caller caller, @Valid @RequestBody BureauRename request) {
        return BureauView.of(service.rename(caller, request.name(), request.reason()));
    }

    @GetMapping("/bureaus")
    List<BureauView> all(Caller caller) {
        caller.require(Role.COUNTY);
        return bureaus.all();
    }
}
