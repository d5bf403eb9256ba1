package org.gsi.registry.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The world map as GeoJSON (Natural Earth 1:110m shapes, converted once); feature ids are M49 codes. */
@RestController
@Tag(name = "Registry")
class MapController {

    private final JsonMapper json;
    private volatile byte[] geoJson;

    MapController(JsonMapper json) {
        this.json = json;
    }

    @GetMapping(value = "/api/v1/map/countries.geojson", produces = "application/geo+json")
    @Operation(summary = "Country shapes as GeoJSON, feature ids are M49 codes")
    ResponseEntity<byte[]> countries() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS).cachePublic())
                .eTag("\"countries-110m\"")
                .body(geoJson());
    }

    /** Converted at the first request rather than at start: most starts serve no map before the first page. */
    private byte[] geoJson() {
        byte[] converted = geoJson;
        if (converted == null) {
            synchronized (this) {
                converted = geoJson;
                if (converted == null) {
                    converted = convert(json);
                    geoJson = converted;
                }
            }
        }
        return converted;
    }

    @SuppressWarnings("unchecked")
    static byte[] convert(JsonMapper json) {
        try (InputStream in = new ClassPathResource("map/countries-110m.json").getInputStream()) {
            Map<String, Object> topology = json.readValue(in, Map.class);
            return json.writeValueAsBytes(TopoJson.toFeatureCollection(topology, "countries"));
        } catch (IOException e) {
            throw new UncheckedIOException("The world map could not be read", e);
        }
    }
}
