package org.gsi.sharing.internal.taxii;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gsi.platform.Actor;
import org.gsi.platform.Actors;
import org.gsi.platform.Message;
import org.gsi.sharing.internal.Collections;
import org.gsi.sharing.internal.Ingest;
import org.gsi.sharing.internal.ObjectFilter;
import org.gsi.sharing.internal.ObjectStore;
import org.gsi.sharing.internal.Reader;
import org.gsi.sharing.internal.SharedObjects;
import org.gsi.sharing.internal.SharingCollection;
import org.gsi.sharing.internal.StoredObject;
import org.gsi.sharing.internal.stix.StixTimestamps;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * TAXII 2.1 objects, manifests, one object, its versions, adding and deleting. Lists are in order of date added and
 * page with {@code limit}, {@code more} and {@code next}; {@code X-TAXII-Date-Added-First} and {@code -Last} name
 * the dates added of the first and last item given. Every query carries the read rule: what the caller may not read
 * is neither listed, counted, paged over nor told apart from what does not exist.
 */
@Controller
@ResponseBody
@Tag(name = "TAXII 2.1", description = "Discovery, API root, collections, status (media type " + TaxiiHttp.TAXII + ")")
class TaxiiObjectsController {

    private static final String OBJECTS = "/taxii2/gsi/collections/{id}/objects";

    private final Collections collections;
    private final ObjectStore objects;
    private final Ingest ingest;
    private final SharedObjects shared;
    private final TaxiiGate gate;

    TaxiiObjectsController(
            Collections collections, ObjectStore objects, Ingest ingest, SharedObjects shared, TaxiiGate gate) {
        this.collections = collections;
        this.objects = objects;
        this.ingest = ingest;
        this.shared = shared;
        this.gate = gate;
    }

    @GetMapping({OBJECTS + "/", OBJECTS})
    @Operation(summary = "Objects of a collection (envelope), filtered and paged")
    ResponseEntity<String> objects(@PathVariable String id, @RequestParam Map<String, String> params) {
        Optional<Actor> actor = Actors.current();
        SharingCollection c = TaxiiController.find(collections, id, actor);
        ObjectFilter f = TaxiiFilters.from(params, true);
        return envelope(objects.page(c.view(), collections.reader(actor), f, true), f.limit(), "objects", false);
    }

    @GetMapping({"/taxii2/gsi/collections/{id}/manifest/", "/taxii2/gsi/collections/{id}/manifest"})
    @Operation(summary = "Manifest records of a collection's objects, filtered and paged")
    ResponseEntity<String> manifest(@PathVariable String id, @RequestParam Map<String, String> params) {
        Optional<Actor> actor = Actors.current();
        SharingCollection c = TaxiiController.find(collections, id, actor);
        ObjectFilter f = TaxiiFilters.from(params, true);
        return envelope(objects.page(c.view(), collections.reader(actor), f, false), f.limit(), "manifest", false);
    }

    @GetMapping({OBJECTS + "/{objectId}/", OBJECTS + "/{objectId}"})
    @Operation(summary = "One object (its latest version unless match[version] says otherwise)")
    ResponseEntity<String> object(
            @PathVariable String id, @PathVariable String objectId, @RequestParam Map<String, String> params) {
        Optional<Actor> actor = Actors.current();
        SharingCollection c = TaxiiController.find(collections, id, actor);
        Reader reader = collections.reader(actor);
        requireReadable(c, reader, objectId);
        ObjectFilter f = TaxiiFilters.from(params, true).withIds(List.of(objectId));
        return envelope(objects.page(c.view(), reader, f, true), f.limit(), "objects", false);
    }

    @GetMapping({OBJECTS + "/{objectId}/versions/", OBJECTS + "/{objectId}/versions"})
    @Operation(summary = "The versions of one object")
    ResponseEntity<String> versions(
            @PathVariable String id, @PathVariable String objectId, @RequestParam Map<String, String> params) {
        Optional<Actor> actor = Actors.current();
        SharingCollection c = TaxiiController.find(collections, id, actor);
        Reader reader = collections.reader(actor);
        requireReadable(c, reader, objectId);
        ObjectFilter f = TaxiiFilters.from(params, false);
        return envelope(objects.versions(c.view(), reader, objectId, f), f.limit(), "versions", true);
    }

    @PostMapping({OBJECTS + "/", OBJECTS})
    @Operation(summary = "Add objects: each is accepted or rejected with its reason in the status resource (202)")
    ResponseEntity<String> add(@PathVariable String id, HttpServletRequest request) throws IOException {
        Actor actor = Actors.current().orElseThrow(() -> TaxiiException.unauthorized());
        SharingCollection c = TaxiiController.find(collections, id, Optional.of(actor));
        if (!c.canWrite()) {
            throw new TaxiiException(HttpStatus.FORBIDDEN, "forbidden", Message.of("sharing.taxii.mayNotAdd"));
        }
        return TaxiiController.created(ingest.ingest(actor, c.id(), body(request), "taxii"));
    }

    @DeleteMapping({OBJECTS + "/{objectId}/", OBJECTS + "/{objectId}"})
    @Operation(summary = "Delete an object's versions (only the party that sent them)")
    ResponseEntity<String> delete(
            @PathVariable String id, @PathVariable String objectId, @RequestParam Map<String, String> params) {
        Actor actor = Actors.current().orElseThrow(() -> TaxiiException.unauthorized());
        SharingCollection c = TaxiiController.find(collections, id, Optional.of(actor));
        ObjectFilter f = TaxiiFilters.from(params, true);
        shared.delete(actor, c, objectId, f.versions(), f.specVersions());
        return ResponseEntity.ok().header("Content-Type", TaxiiHttp.TAXII).build();
    }

    private void requireReadable(SharingCollection c, Reader reader, String objectId) {
        if (!objects.readable(c.view(), reader, objectId)) {
            throw TaxiiException.notFound();
        }
    }

    private byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, gate.maxContentLength() + 1));
            if (body.length > gate.maxContentLength()) {
                throw new TaxiiException(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "too-large",
                        Message.of("sharing.taxii.tooLong", gate.maxContentLength()));
            }
            return body;
        }
    }

    /**
     * An envelope, manifest or versions resource from up to {@code limit + 1} rows: the extra row only says there is
     * more. Objects are written as their stored text, unchanged.
     */
    private static ResponseEntity<String> envelope(List<StoredObject> rows, int limit, String kind, boolean versions) {
        boolean more = rows.size() > limit;
        List<StoredObject> page = more ? rows.subList(0, limit) : rows;
        StringBuilder b = new StringBuilder("{\"more\":").append(more);
        if (more) {
            b.append(",\"next\":\"")
                    .append(TaxiiFilters.next(page.get(page.size() - 1).dateAdded()))
                    .append('"');
        }
        b.append(versions ? ",\"versions\":[" : ",\"objects\":[");
        for (int i = 0; i < page.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            StoredObject o = page.get(i);
            switch (kind) {
                case "objects" -> b.append(o.raw());
                case "manifest" -> b.append(TaxiiHttp.json(manifest(o)));
                default -> b.append(TaxiiHttp.json(o.versionText()));
            }
        }
        b.append("]}");
        ResponseEntity.BodyBuilder r = ResponseEntity.ok().header("Content-Type", TaxiiHttp.TAXII);
        if (!page.isEmpty()) {
            r.header("X-TAXII-Date-Added-First", page.get(0).dateAddedText());
            r.header("X-TAXII-Date-Added-Last", page.get(page.size() - 1).dateAddedText());
        }
        return r.body(b.toString());
    }

    private static Map<String, Object> manifest(StoredObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.stixId());
        m.put("date_added", StixTimestamps.format(o.dateAdded()));
        m.put("version", o.versionText());
        m.put("media_type", TaxiiHttp.STIX);
        return m;
    }
}
