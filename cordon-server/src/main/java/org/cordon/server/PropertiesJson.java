package org.cordon.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.concurrent.ConcurrentHashMap;
import org.cordon.model.Entity;
import org.cordon.model.FtmProperties;

/**
 * Each entity's yente properties (every name, part, date, identifier and address), written as JSON once per
 * snapshot and kept: a /match response carries them for every result, and building and writing the same maps
 * again was much of the tenth of the server's work per request that went to results and JSON. Entities never change within a snapshot, and a
 * reload brings a new snapshot with an empty one of these. Holds at most one entry per entity, filled as
 * entities are first returned.
 */
public final class PropertiesJson {
    private final ConcurrentHashMap<String, RawValue> byId = new ConcurrentHashMap<>();

    /** The entity's properties as a JSON object, to be written as it is. */
    RawValue of(Entity e) {
        RawValue json = byId.get(e.id());
        if (json != null) return json;
        try {
            // as a SerializedString, whose UTF-8 bytes are encoded once and copied as they are into every response
            json = new RawValue(new SerializedString(JsonIo.MAPPER.writeValueAsString(FtmProperties.of(e))));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("properties of " + e.id() + " not serialisable", ex);
        }
        RawValue was = byId.putIfAbsent(e.id(), json);
        return was != null ? was : json;
    }
}
