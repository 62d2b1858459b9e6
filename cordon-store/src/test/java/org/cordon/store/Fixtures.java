package org.cordon.store;

import java.nio.file.Path;
import java.util.List;
import org.cordon.match.Explanation;
import org.cordon.match.MatchResult;
import org.cordon.model.DateRange;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.PartialDate;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;

/** Small hand-made entities and lists for store tests, and the shared data directory. */
final class Fixtures {
    private Fixtures() {}

    static Entity person(String source, String sourceId, String name, String... aliases) {
        Entity.Builder b = Entity.builder(source, sourceId, Schema.PERSON).name(name, NameKind.PRIMARY);
        for (String a : aliases) b.name(a, NameKind.ALIAS);
        return b.birthDate(DateRange.of(new PartialDate(1960, 5, 1))).nationality("RU").programme("RUSSIA-EO14024").build();
    }

    static Entity withBirthDate(Entity e, String date) {
        Entity.Builder b = Entity.builder(e.source(), e.sourceId(), e.schema());
        e.names().forEach(b::name);
        b.birthDate(DateRange.parse(date));
        e.nationalities().forEach(b::nationality);
        e.programmes().forEach(b::programme);
        return b.build();
    }

    static Entity vessel(String source, String sourceId, String name, String imo) {
        return Entity.builder(source, sourceId, Schema.VESSEL).name(name, NameKind.PRIMARY)
                .identifier(new Identifier(IdentifierType.IMO, imo)).country("IR").build();
    }

    static SanctionsList list(String source, String date, String sha, List<Entity> entities) {
        return new SanctionsList(new ListVersion(source, "Test publisher", source + " test list", "test", date,
                List.of(source + "-" + date + ".xml"), sha.repeat(64 / sha.length() + 1).substring(0, 64), entities.size()), entities);
    }

    static MatchResult hit(Entity e, double score) {
        return new MatchResult(e, score, true, e.id(), new Explanation(e.caption(), e.caption(), NameKind.PRIMARY, score, List.of(), List.of()));
    }

    static Path shared() {
        String p = System.getProperty("cordon.shared");
        return p != null ? Path.of(p) : Path.of("../../shared");
    }
}
