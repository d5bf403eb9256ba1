package org.gsi.cooperation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gsi.platform.Actors;
import org.gsi.platform.NotFoundException;
import org.gsi.platform.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The DAC sector to priority area mapping over the API: read by anyone, changed by the secretariat. */
@RestController
@Tag(name = "IATI and exports")
class SectorMappingController {

    private final SectorMappings mappings;

    SectorMappingController(SectorMappings mappings) {
        this.mappings = mappings;
    }

    @GetMapping("/api/v1/sector-mappings")
    @Operation(
            summary = "The mapping of OECD DAC sectors to priority areas used by the IATI import",
            description = "A 5-digit purpose code maps through its own row, or else through the row of its 3-digit"
                    + " category; a row without priorityArea maps to no area.")
    List<SectorMappings.SectorMapping> list() {
        return mappings.list();
    }

    @GetMapping("/api/v1/sector-mappings/{code}")
    @Operation(summary = "One row of the sector mapping, with its ETag")
    ResponseEntity<SectorMappings.SectorMapping> one(@PathVariable String code) {
        SectorMappings.SectorMapping m =
                mappings.find(code).orElseThrow(() -> new NotFoundException("sector-mapping", code));
        return ResponseEntity.ok().eTag(Versions.etag(m.version())).body(m);
    }

    @PutMapping("/api/v1/sector-mappings/{code}")
    @Operation(
            summary = "Set the priority area of a DAC code (secretariat only; audited)",
            description = "Creates the row when new. An empty priorityArea maps the code to no area. If-Match is"
                    + " checked when given. Later imports use the new mapping; projects already imported keep"
                    + " their areas until they are imported again.")
    ResponseEntity<SectorMappings.SectorMapping> set(
            @PathVariable String code,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody SectorMappings.SetSectorMappingRequest request) {
        SectorMappings.SectorMapping m = mappings.set(Actors.required(), code, ifMatch, request);
        return ResponseEntity.ok().eTag(Versions.etag(m.version())).body(m);
    }
}
