package org.gsi.sharing.internal.taxii;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.sharing.internal.Collections;
import org.gsi.sharing.internal.ShareStatus;
import org.gsi.sharing.internal.SharingCollection;
import org.gsi.sharing.internal.StatusStore;
import org.gsi.sharing.internal.stix.StixTimestamps;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * TAXII 2.1 server discovery, the API root, its collections and status resources. Paths end with a slash as the
 * specification writes them; the same paths without it are answered too (the reference client asks for status
 * resources without one).
 */
@Controller
@ResponseBody
@Tag(name = "TAXII 2.1", description = "Discovery, API root, collections, status (media type " + TaxiiHttp.TAXII + ")")
class TaxiiController {

    private final Collections collections;
    private final StatusStore statuses;
    private final TaxiiGate gate;

    TaxiiController(Collections collections, StatusStore statuses, TaxiiGate gate) {
        this.collections = collections;
        this.statuses = statuses;
        this.gate = gate;
    }

    @GetMapping({"/taxii2/", "/taxii2"})
    @Operation(summary = "Server discovery: the API roots")
    ResponseEntity<String> discovery(HttpServletRequest request) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("title", "GSI Platform TAXII server");
        d.put(
                "description",
                "Threat and incident information shared between the parties of the Global Security"
                        + " Initiative platform, under the sender's markings.");
        String root = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
                .path(TaxiiHttp.ROOT)
                .toUriString();
        d.put("default", root);
        d.put("api_roots", List.of(root));
        return TaxiiHttp.ok(TaxiiHttp.json(d));
    }

    @GetMapping({"/taxii2/gsi/", "/taxii2/gsi"})
    @Operation(summary = "API root information")
    ResponseEntity<String> apiRoot() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("title", "GSI Platform");
        r.put("description", "Collections of the platform's sharing groups and parties.");
        r.put("versions", List.of(TaxiiHttp.TAXII));
        r.put("max_content_length", gate.maxContentLength());
        return TaxiiHttp.ok(TaxiiHttp.json(r));
    }

    @GetMapping({"/taxii2/gsi/collections/", "/taxii2/gsi/collections"})
    @Operation(summary = "The collections the caller may see, with can_read and can_write computed for it")
    ResponseEntity<String> collections() {
        List<Map<String, Object>> list = new ArrayList<>();
        collections.visibleTo(Actors.current()).forEach(c -> list.add(resource(c)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("collections", list);
        return TaxiiHttp.ok(TaxiiHttp.json(body));
    }

    @GetMapping({"/taxii2/gsi/collections/{id}/", "/taxii2/gsi/collections/{id}"})
    @Operation(summary = "One collection")
    ResponseEntity<String> collection(@PathVariable String id) {
        return TaxiiHttp.ok(TaxiiHttp.json(resource(find(collections, id, Actors.current()))));
    }

    @GetMapping({"/taxii2/gsi/status/{id}/", "/taxii2/gsi/status/{id}"})
    @Operation(summary = "A status resource of objects the caller's party sent")
    ResponseEntity<String> status(@PathVariable String id) {
        Actor actor = Actors.current().orElseThrow(() -> TaxiiException.notFound());
        ShareStatus s =
                uuid(id).flatMap(u -> statuses.find(u, actor.partyCode())).orElseThrow(() -> TaxiiException.notFound());
        return TaxiiHttp.ok(TaxiiHttp.json(status(s)));
    }

    @io.swagger.v3.oas.annotations.Hidden
    @RequestMapping("/taxii2/**")
    ResponseEntity<String> unknown() {
        throw TaxiiException.notFound();
    }

    static SharingCollection find(Collections collections, String id, Optional<Actor> actor) {
        return uuid(id).flatMap(u -> collections.find(u, actor)).orElseThrow(() -> TaxiiException.notFound());
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Map<String, Object> resource(SharingCollection c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().toString());
        m.put("title", c.title());
        m.put("description", c.description());
        m.put("can_read", c.canRead());
        m.put("can_write", c.canWrite());
        m.put("media_types", List.of(TaxiiHttp.STIX));
        return m;
    }

    static Map<String, Object> status(ShareStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().toString());
        m.put("status", "complete");
        m.put("request_timestamp", StixTimestamps.format(s.requestTimestamp()));
        m.put("total_count", s.total());
        m.put("success_count", s.successCount());
        m.put("successes", details(s.successes()));
        m.put("failure_count", s.failureCount());
        m.put("failures", details(s.failures()));
        m.put("pending_count", 0);
        m.put("pendings", List.of());
        return m;
    }

    private static List<Map<String, Object>> details(List<ShareStatus.Outcome> outcomes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ShareStatus.Outcome o : outcomes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("version", o.version());
            m.put("message", o.reason().english());
            out.add(m);
        }
        return out;
    }

    static ResponseEntity<String> created(ShareStatus s) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Content-Type", TaxiiHttp.TAXII)
                .body(TaxiiHttp.json(status(s)));
    }
}
