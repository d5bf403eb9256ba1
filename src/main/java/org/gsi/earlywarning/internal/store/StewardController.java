package org.gsi.earlywarning.internal.store;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.gsi.platform.Actors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** The data stewards of public sources on the API: listed for every user, named and removed by the secretariat. */
@RestController
@Tag(name = "Event imports")
class StewardController {

    private final DataStewards stewards;

    StewardController(DataStewards stewards) {
        this.stewards = stewards;
    }

    @GetMapping("/api/v1/events/stewards")
    @Operation(
            summary = "Each public source (ucdp-ged, acled, gdelt1, gdelt2) with the parties named its data stewards")
    Map<String, List<DataStewards.Steward>> list() {
        Actors.required();
        return stewards.all();
    }

    @PutMapping("/api/v1/events/stewards/{source}/{party}")
    @Operation(
            summary = "Name a party data steward of a public source: it may then import that source's events"
                    + " (secretariat administrators only; audited). 201 when named, 200 when it already was.")
    ResponseEntity<Void> name(@PathVariable String source, @PathVariable String party) {
        boolean added = stewards.name(Actors.required(), source, party);
        return added ? ResponseEntity.status(201).build() : ResponseEntity.ok().build();
    }

    @DeleteMapping("/api/v1/events/stewards/{source}/{party}")
    @Operation(summary = "Remove a party as data steward of a public source (secretariat administrators only; audited)")
    ResponseEntity<Void> remove(@PathVariable String source, @PathVariable String party) {
        stewards.remove(Actors.required(), source, party);
        return ResponseEntity.noContent().build();
    }
}
