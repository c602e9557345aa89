package cn.sangang.zone.bureau;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The request and response bodies of the bureau API. */
final class BureauApi {

    private BureauApi() {
    }

    record BureauRename(@NotBlank @Size(max = 40) String name, @NotBlank @Size(max = 500) String reason) {
    }

    /** A bureau as every screen names it. */
    record BureauView(String id, String name) {

        static BureauView of(BureauDocument bureau) {
            return new BureauView(bureau.getBureauId(), bureau.name());
        }
    }
}
