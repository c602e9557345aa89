package cn.sangang.zone.bureau;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.platform.security.Caller;
import cn.sangang.platform.security.Role;
import cn.sangang.zone.bureau.Bureaus.BureauView;

/**
 * The name of the caller's bureau, for every role of it and set by its ADMIN; and every bureau's name for the county
 * office, which belongs to no bureau and names them on its dashboard.
 */
@RestController
@RequestMapping("/api/zone")
class BureauController {

    record BureauRename(@NotBlank @Size(max = 40) String name, @NotBlank @Size(max = 500) String reason) {
    }

    private final Bureaus bureaus;
    private final BureauRepository repository;

    BureauController(Bureaus bureaus, BureauRepository repository) {
        this.bureaus = bureaus;
        this.repository = repository;
    }

    @GetMapping("/bureau")
    BureauView bureau(Caller caller) {
        return bureaus.of(caller.bureauAs(Role.bureauRoles()));
    }

    @PutMapping("/bureau")
    BureauView rename(Caller caller, @Valid @RequestBody BureauRename request) {
        return BureauView.of(bureaus.rename(caller, request.name(), request.reason()));
    }

    @GetMapping("/bureaus")
    List<BureauView> all(Caller caller) {
        caller.require(Role.COUNTY);
        return repository.findAllByOrderByBureauId().stream().map(BureauView::of).toList();
    }
}
