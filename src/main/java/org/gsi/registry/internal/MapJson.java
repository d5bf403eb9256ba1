package org.gsi.registry.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** JSON for the map page's data blocks, safe to place inside a {@code <script type="application/json">}. */
@Component("mapJson")
class MapJson {

    private final JsonMapper json;
    private final MessageSource messages;

    MapJson(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    public String write(Object value) {
        return json.writeValueAsString(value).replace("</", "<\\/");
    }

    /** Status labels in the page's language, by status code. */
    public String labels(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : RegistryService.STATUSES) {
            out.put(s, messages.getMessage("status." + s, null, s, locale));
        }
        out.put("none", messages.getMessage("map.notMember", null, "not a member", locale));
        return write(out);
    }
}
