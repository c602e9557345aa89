package cn.sangang.zone.bureau;

import jakarta.validation.constraints.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.sangang.zone.bureau.BureauApi.BureauView;

/** The name over a bureau's public board: what the bureau is called, nothing else. */
@RestController
@RequestMapping("/public/zone")
class PublicBureauController {

    private final Bureaus bureaus;

    PublicBureauController(Bureaus bureaus) {
        this.bureaus = bureaus;
    }

    @GetMapping("/bureaus/{bureauId}")
    BureauView bureau(@PathVariable @Pattern(regexp = "[a-z0-9-]{1,40}") String bureauId) {
        return bureaus.named(bureauId);
    }
}
