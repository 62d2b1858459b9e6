package org.cordon.scan;

import java.util.List;
import org.cordon.match.Screener;
import org.cordon.match.Screeners;
import org.cordon.model.Entity;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.ListVersion;
import org.cordon.model.NameKind;
import org.cordon.model.SanctionsList;
import org.cordon.model.Schema;

/**
 * A hand-made list of a dozen records written the way the real lists write them (OFAC "FAMILY, Given",
 * EU "Given FAMILY", Hangul and Cyrillic originals), for tests of the scanning logic that must not
 * depend on what the real lists hold.
 */
final class SmallLists {
    private SmallLists() {}

    static List<Entity> entities() {
        return List.of(
                Entity.builder("ofac", "35096", Schema.PERSON).name("PUTIN, Vladimir Vladimirovich", NameKind.PRIMARY)
                        .programme("RUSSIA-EO14024").build(),
                Entity.builder("eu", "13215", Schema.PERSON).name("Vladimir Vladimirovich PUTIN", NameKind.PRIMARY)
                        .name("Владимир Владимирович Путин", NameKind.ALIAS).programme("UKR").build(),
                Entity.builder("eu", "140000", Schema.PERSON).name("Maria Vladimirovna PUTINA", NameKind.PRIMARY).build(),
                Entity.builder("ofac", "20157", Schema.PERSON).name("KIM, Jong Un", NameKind.PRIMARY).programme("DPRK3").build(),
                Entity.builder("ofac", "24083", Schema.PERSON).name("MILLER, Alexey Borisovich", NameKind.PRIMARY)
                        .programme("RUSSIA-EO14024").build(),
                Entity.builder("eu", "9001", Schema.PERSON).name("KIM Yong Chol", NameKind.PRIMARY)
                        .name("김영철", NameKind.ALIAS).programme("PRK").build(),
                Entity.builder("un", "QDi.401", Schema.PERSON).name("Abdulkhaliq al-Houthi", NameKind.PRIMARY)
                        .name("عبدالخالق الحوثي", NameKind.ALIAS).build(),
                Entity.builder("ofac", "37447", Schema.COMPANY).name("JSC ARGUMENT", NameKind.PRIMARY).build(),
                Entity.builder("ofac", "6933", Schema.ORGANIZATION).name("HAMAS", NameKind.PRIMARY).build(),
                Entity.builder("eu", "167101", Schema.ORGANIZATION).name("JSC SOVCOMFLOT", NameKind.PRIMARY).programme("UKR").build(),
                Entity.builder("ofac", "37444", Schema.VESSEL).name("GRACEFUL", NameKind.PRIMARY)
                        .identifier(new Identifier(IdentifierType.IMO, "1011551")).build(),
                Entity.builder("ofac", "9999", Schema.ORGANIZATION).name("KOREA KWANGSON BANKING CORP", NameKind.PRIMARY)
                        .identifier(new Identifier(IdentifierType.BIC, "KKBCKPPY")).programme("DPRK").build(),
                Entity.builder("ofac", "7000", Schema.PERSON).name("SHOIGU, Sergei Kuzhugetovich", NameKind.PRIMARY).build(),
                Entity.builder("ofac", "23213", Schema.PERSON).name("CHOE, Ryong Hae", NameKind.PRIMARY).programme("DPRK2").build(),
                Entity.builder("ofac", "16085", Schema.ORGANIZATION).name("DAEDONG CREDIT BANK", NameKind.PRIMARY)
                        .identifier(new Identifier(IdentifierType.BIC, "DCBKKPPY")).build(),
                Entity.builder("ofac", "15603", Schema.ORGANIZATION)
                        .name("FOREIGN TRADE BANK OF THE DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", NameKind.PRIMARY)
                        .identifier(new Identifier(IdentifierType.BIC, "FTBDKPPY")).build(),
                Entity.builder("ofac", "17000", Schema.ORGANIZATION).name("BANK PASARGAD", NameKind.PRIMARY)
                        .identifier(new Identifier(IdentifierType.BIC, "BKBPIRTH")).build());
    }

    static Screener screener() {
        ListVersion v = new ListVersion("test", "Cordon tests", "hand-made list", "test", null, List.of(), "", 0);
        return Screeners.build(List.of(new SanctionsList(v, entities())));
    }
}
