package cn.sangang.zone.bureau;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.sangang.platform.problem.NotFoundException;
import cn.sangang.zone.bureau.BureauApi.BureauView;

/** The names bureaus go by, as every screen, export and printout shows them. */
@Component
public class Bureaus {

    private final BureauRepository bureaus;

    Bureaus(BureauRepository bureaus) {
        this.bureaus = bureaus;
    }

    /** A bureau never named yet goes by its id, so every screen has something to show. */
    BureauView of(String bureau) {
        return bureaus.findByBureauId(bureau).map(BureauView::of).orElseGet(() -> new BureauView(bureau, bureau));
    }

    /** The name headings, exports and printouts carry; the id until the bureau is named. */
    public String nameOf(String bureau) {
        return of(bureau).name();
    }

    /** A bureau the public asks for by id: only one that has been named exists for the public. */
    BureauView named(String bureau) {
        return bureaus.findByBureauId(bureau).map(BureauView::of)
                .orElseThrow(() -> new NotFoundException("bureau.not-found", Map.of("bureau", bureau)));
    }

    List<BureauView> all() {
        return bureaus.findAllByOrderByBureauId().stream().map(BureauView::of).toList();
    }
}
