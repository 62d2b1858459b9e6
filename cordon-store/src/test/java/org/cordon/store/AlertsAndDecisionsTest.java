package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.cordon.model.Entity;
import org.cordon.model.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AlertsAndDecisionsTest {
    private static final String TARGETS = "org.cordon.store.StoreTarget#all";

    private final Entity ivanov = Fixtures.person("ofac", "100", "Ivan Ivanov", "Iwan Iwanow");
    private final Subject customer = new Subject("C-1", "Iwan Iwanow", Schema.PERSON, "1960-05-01", "RU", Map.of("branch", "Berlin"));

    private static long onlyAlertId(Store store) {
        List<Alert> open = store.alerts().list(Alerts.Filter.open(10));
        assertThat(open).hasSize(1);
        return open.getFirst().id();
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void rescreeningAnUnchangedPairDoesNotDuplicateTheAlert(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            Alerts.Outcome first = store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.8)), e -> null, null);
            Alerts.Outcome second = store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.8)), e -> null, null);
            assertThat(first).isEqualTo(new Alerts.Outcome(1, 1, 0, 0));
            assertThat(second).isEqualTo(new Alerts.Outcome(1, 0, 1, 0));
            assertThat(store.alerts().count(null)).isEqualTo(1);
            Alert a = store.alerts().get(onlyAlertId(store)).orElseThrow();
            assertThat(a.subjectId()).isEqualTo("C-1");
            assertThat(a.entityId()).isEqualTo("ofac-100");
            assertThat(a.status()).isEqualTo(Alert.Status.OPEN);
            assertThat(store.subjects().get("C-1")).contains(customer);
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void resultsBelowTheMatchThresholdRaiseNoAlert(StoreTarget target) {
        try (var o = target.open()) {
            var low = new org.cordon.match.MatchResult(ivanov, 0.5, false, ivanov.id(), null);
            assertThat(o.store().alerts().record(customer, List.of(low), e -> null, null).hits()).isZero();
            assertThat(o.store().alerts().count(null)).isZero();
            assertThat(o.store().subjects().count()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void alertsOnOneTargetAreDecidedTogetherOrNotAtAll(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            // Ivanov's OFAC and EU records, linked as one target (the profile's id is the OFAC record's); a namesake on the UN list apart.
            Entity eu = Fixtures.person("eu", "7", "Ivan Ivanov");
            Entity namesake = Fixtures.person("un", "QDi.1", "Ivan Ivanov");
            store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.85),
                    new org.cordon.match.MatchResult(eu, 0.84, true, ivanov.id(), null), Fixtures.hit(namesake, 0.83)), e -> null, null);
            Map<String, Alert> byEntity = new java.util.HashMap<>();
            for (Alert a : store.alerts().list(Alerts.Filter.open(10))) byEntity.put(a.entityId(), a);
            Alert ofacAlert = byEntity.get("ofac-100"), euAlert = byEntity.get("eu-7"), unAlert = byEntity.get("un-QDi.1");
            assertThat(euAlert.profileId()).isEqualTo("ofac-100");
            assertThat(unAlert.profileId()).isEqualTo("un-QDi.1");
            assertThat(store.alerts().sameTarget(ofacAlert)).extracting(Alert::id).containsExactly(euAlert.id());
            assertThat(store.alerts().sameTarget(unAlert)).isEmpty();
            long auditBefore = store.audit().verify().entries();

            // The namesake is another target: refused, and nothing of the request is recorded.
            assertThatThrownBy(() -> store.decisions().decideTogether(ofacAlert.id(), List.of(euAlert.id(), unAlert.id()),
                    Decision.Verdict.FALSE_POSITIVE, "born 1975", "alice"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("alert " + unAlert.id() + " is not on the same subject and target");
            assertThat(store.decisions().forAlert(ofacAlert.id())).isEmpty();
            assertThat(store.alerts().get(euAlert.id()).orElseThrow().status()).isEqualTo(Alert.Status.OPEN);
            assertThat(store.audit().verify().entries()).isEqualTo(auditBefore);
            assertThatThrownBy(() -> store.decisions().decideTogether(ofacAlert.id(), List.of(euAlert.id(), euAlert.id()),
                    Decision.Verdict.FALSE_POSITIVE, "born 1975", "alice")).hasMessageContaining("named twice");

            List<Decision> both = store.decisions().decideTogether(ofacAlert.id(), List.of(euAlert.id()), Decision.Verdict.FALSE_POSITIVE,
                    "customer born 1975, the listed man 1960", "alice");
            assertThat(both).extracting(Decision::alertId).containsExactly(ofacAlert.id(), euAlert.id());
            assertThat(both).extracting(Decision::status).containsOnly(Decision.Status.FINAL);
            assertThat(store.alerts().get(euAlert.id()).orElseThrow().status()).isEqualTo(Alert.Status.FALSE_POSITIVE);
            assertThat(store.alerts().get(unAlert.id()).orElseThrow().status()).isEqualTo(Alert.Status.OPEN);
            assertThat(store.alerts().sameTarget(ofacAlert)).isEmpty();
            assertThat(store.alerts().sameTarget(ofacAlert, true)).extracting(Alert::id).containsExactly(euAlert.id());
            assertThat(store.audit().latest(2)).extracting(AuditLog.Entry::detail)
                    .anySatisfy(d -> assertThat(d).contains("decided as one target with alerts " + ofacAlert.id()))
                    .anySatisfy(d -> assertThat(d).contains("decided as one target with alerts " + euAlert.id()));
            // Both pairs are on the good-guy list: screening the same customer again raises only the namesake's, which is open already.
            Alerts.Outcome again = store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.85),
                    new org.cordon.match.MatchResult(eu, 0.84, true, ivanov.id(), null), Fixtures.hit(namesake, 0.83)), e -> null, null);
            assertThat(again).isEqualTo(new Alerts.Outcome(3, 0, 1, 2));
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void oneTargetsDecisionsAreApprovedTogetherByAnotherUser(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            Entity eu = Fixtures.person("eu", "7", "Ivan Ivanov");
            Subject other = new Subject("C-2", "Ivan Ivanov", Schema.PERSON, null, null, Map.of());
            store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.97), new org.cordon.match.MatchResult(eu, 0.95, true, ivanov.id(), null)),
                    e -> null, null);
            store.alerts().record(other, List.of(Fixtures.hit(ivanov, 0.96)), e -> null, null);
            Map<String, Alert> mine = new java.util.HashMap<>();
            for (Alert a : store.alerts().list(new Alerts.Filter(null, null, null, "C-1", 10))) mine.put(a.entityId(), a);
            long otherAlert = store.alerts().list(new Alerts.Filter(null, null, null, "C-2", 10)).getFirst().id();
            List<Decision> pending = store.decisions().decideTogether(mine.get("ofac-100").id(), List.of(mine.get("eu-7").id()),
                    Decision.Verdict.TRUE_MATCH, "passport matches", "alice");
            assertThat(pending).extracting(Decision::status).containsOnly(Decision.Status.PENDING);
            Decision otherPending = store.decisions().decide(otherAlert, Decision.Verdict.TRUE_MATCH, "passport matches", "alice");
            long first = pending.get(0).id(), second = pending.get(1).id();
            assertThat(store.decisions().pendingOnSameTarget(first)).extracting(Decision::id).containsExactly(second);

            // The decider cannot approve them; another subject's decision cannot ride along: nothing changes.
            assertThatThrownBy(() -> store.decisions().reviewTogether(first, List.of(second), "alice", null, true))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("four-eyes");
            assertThatThrownBy(() -> store.decisions().reviewTogether(first, List.of(second, otherPending.id()), "bob", null, true))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("decision " + otherPending.id() + " is not a true_match decision on the same subject");
            assertThat(store.decisions().get(second).orElseThrow().status()).isEqualTo(Decision.Status.PENDING);

            List<Decision> approved = store.decisions().reviewTogether(first, List.of(second), "bob", "checked the passport copy", true);
            assertThat(approved).extracting(Decision::status).containsOnly(Decision.Status.FINAL);
            assertThat(approved).extracting(Decision::reviewedBy).containsOnly("bob");
            assertThat(store.alerts().get(mine.get("eu-7").id()).orElseThrow().status()).isEqualTo(Alert.Status.TRUE_MATCH);
            assertThat(store.alerts().get(otherAlert).orElseThrow().status()).isEqualTo(Alert.Status.PENDING_APPROVAL);
            assertThat(store.audit().latest(1).getFirst().detail()).contains("reviewed as one target with decisions " + first);
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void anAcceptedPairIsListedWithItsDecisionAndTakenOffByName(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.95)), e -> null, null);
            long alertId = onlyAlertId(store);
            Decision d = store.decisions().decide(alertId, Decision.Verdict.FALSE_POSITIVE, "customer born 1985", "alice");
            store.decisions().approve(d.id(), "bob", null);

            assertThat(store.goodGuys().list(null)).singleElement().satisfies(g -> {
                assertThat(g.subjectId()).isEqualTo("C-1");
                assertThat(g.entityId()).isEqualTo("ofac-100");
                assertThat(g.caption()).isEqualTo(ivanov.caption());
                assertThat(g.decisionId()).isEqualTo(d.id());
                assertThat(g.reason()).isEqualTo("customer born 1985");
                assertThat(g.decidedBy()).isEqualTo("alice");
                assertThat(g.reviewedBy()).isEqualTo("bob");
            });
            assertThat(store.goodGuys().list("C-2")).isEmpty();
            assertThat(store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.95)), e -> null, null).suppressed()).isEqualTo(1);

            assertThatThrownBy(() -> store.goodGuys().revoke("C-1", "ofac-999", "wrong", "carol"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("no good-guy entry for subject C-1 and entity ofac-999");
            assertThatThrownBy(() -> store.goodGuys().revoke("C-1", "ofac-100", " ", "carol")).hasMessageContaining("needs a reason");
            assertThat(store.goodGuys().revoke("C-1", "ofac-100", "the customer's passport was forged", "carol")).isEqualTo(alertId);
            assertThat(store.goodGuys().list(null)).isEmpty();
            assertThat(store.alerts().get(alertId).orElseThrow().status()).isEqualTo(Alert.Status.OPEN);
            assertThat(store.audit().latest(1).getFirst()).satisfies(e -> {
                assertThat(e.action()).isEqualTo("goodguy.revoke");
                assertThat(e.actor()).isEqualTo("carol");
                assertThat(e.detail()).contains("passport was forged").contains("decision " + d.id()).contains("alert " + alertId + " open again");
            });
            // Screened again, the pair is not suppressed: its alert, open again, is the one found (no duplicate).
            assertThat(store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.95)), e -> null, null))
                    .isEqualTo(new Alerts.Outcome(1, 0, 1, 0));
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void highScoreDecisionNeedsASecondDifferentUser(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.95)), e -> null, null);
            long alertId = onlyAlertId(store);
            Decision d = store.decisions().decide(alertId, Decision.Verdict.TRUE_MATCH, "passport number matches", "alice");
            assertThat(d.status()).isEqualTo(Decision.Status.PENDING);
            assertThat(store.alerts().get(alertId).orElseThrow().status()).isEqualTo(Alert.Status.PENDING_APPROVAL);

            assertThatThrownBy(() -> store.decisions().approve(d.id(), "alice", "ok"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("four-eyes");
            assertThat(store.alerts().get(alertId).orElseThrow().status()).isEqualTo(Alert.Status.PENDING_APPROVAL);
            assertThatThrownBy(() -> store.decisions().decide(alertId, Decision.Verdict.FALSE_POSITIVE, "other reason", "carol"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("waiting for approval");

            Decision approved = store.decisions().approve(d.id(), "bob", "checked the passport copy");
            assertThat(approved.status()).isEqualTo(Decision.Status.FINAL);
            assertThat(approved.reviewedBy()).isEqualTo("bob");
            assertThat(store.alerts().get(alertId).orElseThrow().status()).isEqualTo(Alert.Status.TRUE_MATCH);
            assertThatThrownBy(() -> store.decisions().approve(d.id(), "carol", null)).isInstanceOf(RefusedException.class);

            List<AuditLog.Entry> log = store.audit().latest(2);
            assertThat(log.get(0).action()).isEqualTo("decision.approve");
            assertThat(log.get(0).actor()).isEqualTo("bob");
            assertThat(log.get(1).action()).isEqualTo("decision");
            assertThat(log.get(1).actor()).isEqualTo("alice");
            assertThat(store.audit().verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void rejectedDecisionReopensTheAlert(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.97)), e -> null, null);
            long alertId = onlyAlertId(store);
            Decision d = store.decisions().decide(alertId, Decision.Verdict.FALSE_POSITIVE, "different birth year", "alice");
            store.decisions().reject(d.id(), "bob", "birth date matches, look again");
            assertThat(store.alerts().get(alertId).orElseThrow().status()).isEqualTo(Alert.Status.OPEN);
            assertThat(store.goodGuys().all()).isEmpty();
            assertThat(store.decisions().forAlert(alertId)).extracting(Decision::status).containsExactly(Decision.Status.REJECTED);
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void lowScoreDecisionTakesEffectAtOnceAndEscalationNeedsNoApproval(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.75)), e -> null, null);
            long alertId = onlyAlertId(store);
            Decision esc = store.decisions().decide(alertId, Decision.Verdict.NEEDS_ESCALATION, "unsure about the alias", "alice");
            assertThat(esc.status()).isEqualTo(Decision.Status.FINAL);
            assertThat(store.alerts().get(alertId).orElseThrow().status()).isEqualTo(Alert.Status.ESCALATED);
            Decision fp = store.decisions().decide(alertId, Decision.Verdict.FALSE_POSITIVE, "customer born 1985", "dave");
            assertThat(fp.status()).isEqualTo(Decision.Status.FINAL);
            assertThat(store.alerts().get(alertId).orElseThrow().status()).isEqualTo(Alert.Status.FALSE_POSITIVE);
            assertThatThrownBy(() -> store.decisions().decide(alertId, Decision.Verdict.TRUE_MATCH, "again", "alice"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("already closed");
            assertThatThrownBy(() -> store.decisions().decide(alertId + 100, Decision.Verdict.TRUE_MATCH, "x", "alice"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("no alert");
            assertThatThrownBy(() -> store.decisions().decide(alertId, Decision.Verdict.TRUE_MATCH, " ", "alice"))
                    .isInstanceOf(RefusedException.class).hasMessageContaining("reason");
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void fourEyesScoreIsConfigurableAndTheChangeIsAudited(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            store.settings().set(Settings.FOUR_EYES_SCORE, "0.7", "admin");
            assertThat(store.settings().fourEyesScore()).isEqualTo(0.7);
            assertThat(store.audit().latest(1).getFirst().action()).isEqualTo("config.set");
            store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.75)), e -> null, null);
            Decision d = store.decisions().decide(onlyAlertId(store), Decision.Verdict.FALSE_POSITIVE, "born 1985", "alice");
            assertThat(d.status()).isEqualTo(Decision.Status.PENDING);
            assertThatThrownBy(() -> store.settings().set(Settings.FOUR_EYES_SCORE, "1.5", "admin")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void falsePositiveSuppressesThePairUntilEitherSideChanges(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.95)), e -> null, null);
            long alertId = onlyAlertId(store);
            Decision d = store.decisions().decide(alertId, Decision.Verdict.FALSE_POSITIVE, "customer is a Berlin dentist, other person", "alice");
            store.decisions().approve(d.id(), "bob", null);
            assertThat(store.goodGuys().all()).singleElement().satisfies(g -> {
                assertThat(g.subjectId()).isEqualTo("C-1");
                assertThat(g.entityId()).isEqualTo("ofac-100");
            });

            // Same customer, same listed entity: suppressed, no new alert.
            Alerts.Outcome same = store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.95)), e -> null, null);
            assertThat(same).isEqualTo(new Alerts.Outcome(1, 0, 0, 1));
            assertThat(store.alerts().list(Alerts.Filter.open(10))).isEmpty();

            // The list adds an alias: alert again.
            Entity withNewAlias = Fixtures.person("ofac", "100", "Ivan Ivanov", "Iwan Iwanow", "Vanya Ivanov");
            Alerts.Outcome entityChanged = store.alerts().record(customer, List.of(Fixtures.hit(withNewAlias, 0.95)), e -> null, null);
            assertThat(entityChanged.created()).isEqualTo(1);
            assertThat(store.alerts().list(Alerts.Filter.open(10))).singleElement()
                    .satisfies(a -> assertThat(a.entityId()).isEqualTo("ofac-100"));

            // A new birth date on the listed entity also counts as a change.
            Entity newBirth = Fixtures.withBirthDate(ivanov, "1960");
            assertThat(store.alerts().record(customer, List.of(Fixtures.hit(newBirth, 0.95)), e -> null, null).created()).isEqualTo(1);

            // The customer's name changes: alert again against the original entity too.
            Subject renamed = new Subject("C-1", "Iwan Iwanow-Schmidt", Schema.PERSON, "1960-05-01", "RU", Map.of("branch", "Berlin"));
            assertThat(store.alerts().record(renamed, List.of(Fixtures.hit(ivanov, 0.95)), e -> null, null).created()).isEqualTo(1);
            assertThat(store.alerts().count(Alert.Status.OPEN)).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void anAlertIsTakenFromTheQueueAndTakenOverOnlyOnPurpose(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            Entity eu = Fixtures.person("eu", "7", "Ivan Ivanov");
            store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.85), Fixtures.hit(eu, 0.82)), e -> null, null);
            long first = store.alerts().list(Alerts.Filter.open(10)).getFirst().id();
            long second = store.alerts().list(Alerts.Filter.open(10)).get(1).id();

            Alert taken = store.alerts().assign(first, "alice", "alice", false);
            assertThat(taken.assignedTo()).isEqualTo("alice");
            assertThat(taken.assignedAt()).isNotNull();
            assertThat(store.alerts().get(first).orElseThrow().assignedTo()).isEqualTo("alice");
            // the longest waiting first: the order they were raised in, whatever their scores
            store.alerts().record(new Subject("C-2", "Iwan Iwanow", Schema.PERSON, null, null, Map.of()), List.of(Fixtures.hit(ivanov, 0.95)), e -> null, null);
            List<Alert> byScore = store.alerts().list(Alerts.Filter.open(10));
            assertThat(byScore).extracting(Alert::score).containsExactly(0.95, 0.85, 0.82);
            assertThat(store.alerts().list(new Alerts.Filter(null, null, null, null, null, Alerts.Order.OLDEST, 10)))
                    .extracting(Alert::id).containsExactly(first, second, byScore.getFirst().id());
            // the queue by who has what, and the workload
            assertThat(store.alerts().openByAssignee()).containsExactly(Map.entry(Alerts.NOBODY, 2L), Map.entry("alice", 1L));
            assertThat(store.alerts().list(new Alerts.Filter(null, null, null, null, "alice", 10))).extracting(Alert::id).containsExactly(first);
            assertThat(store.alerts().list(new Alerts.Filter(null, null, null, "C-1", Alerts.NOBODY, 10))).extracting(Alert::id).containsExactly(second);

            // bob cannot take it, nor release it, without saying he takes it over; nothing is written
            long entries = store.audit().verify().entries();
            assertThatThrownBy(() -> store.alerts().assign(first, "bob", "bob", false)).isInstanceOf(RefusedException.class)
                    .hasMessageContaining("assigned to alice");
            assertThatThrownBy(() -> store.alerts().assign(first, null, "bob", false)).hasMessageContaining("assigned to alice");
            assertThat(store.audit().verify().entries()).isEqualTo(entries);
            assertThat(store.alerts().assign(first, "bob", "carol", true).assignedTo()).isEqualTo("bob");
            // giving it to whoever has it changes nothing and records nothing
            assertThat(store.alerts().assign(first, "bob", "bob", false).assignedTo()).isEqualTo("bob");
            assertThat(store.alerts().assign(first, null, "bob", false).assignedTo()).isNull();
            assertThat(store.audit().latest(10, new AuditLog.Filter(null, "alert.assign", "alert " + first, null)))
                    .extracting(AuditLog.Entry::actor, AuditLog.Entry::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", "released"),
                            org.assertj.core.groups.Tuple.tuple("carol", "to bob, taken from alice"),
                            org.assertj.core.groups.Tuple.tuple("alice", "to alice"));

            assertThatThrownBy(() -> store.alerts().assign(second, Alerts.NOBODY, "alice", false)).hasMessageContaining("not an analyst's name");
            assertThatThrownBy(() -> store.alerts().assign(second, " ", "alice", false)).hasMessageContaining("by name");
            assertThatThrownBy(() -> store.alerts().assign(999, "alice", "alice", false)).hasMessageContaining("no alert 999");
            // a closed alert has nobody to work it
            store.decisions().decide(second, Decision.Verdict.FALSE_POSITIVE, "born 1990, not 1960", "alice");
            assertThat(store.alerts().get(second).orElseThrow().status().isClosed()).isTrue();
            assertThatThrownBy(() -> store.alerts().assign(second, "alice", "alice", false)).hasMessageContaining("is closed");
            assertThat(store.audit().verify().ok()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void openAlertsFollowTheTargetsTheListsInUseLinkTheirRecordsInto(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            // raised when the lists linked nothing: each alert on its own record
            Entity eu = Fixtures.person("eu", "7", "Ivan Ivanov");
            Entity uk = Fixtures.person("uk", "RUS1", "Ivan Ivanov");
            Entity un = Fixtures.person("un", "QDi.1", "Ivan Ivanov");
            store.alerts().record(customer, List.of(new org.cordon.match.MatchResult(ivanov, 0.85, true, null, null),
                    new org.cordon.match.MatchResult(eu, 0.84, true, null, null), new org.cordon.match.MatchResult(uk, 0.83, true, null, null),
                    new org.cordon.match.MatchResult(un, 0.82, true, null, null)), e -> null, null);
            Map<String, Alert> byEntity = new java.util.HashMap<>();
            for (Alert a : store.alerts().list(Alerts.Filter.open(10))) byEntity.put(a.entityId(), a);
            assertThat(store.alerts().sameTarget(byEntity.get("ofac-100"))).isEmpty();
            store.decisions().decide(byEntity.get("uk-RUS1").id(), Decision.Verdict.FALSE_POSITIVE, "born 1990, not 1960", "alice");

            // the lists now link OFAC's, the EU's and the UK's records as one target; the UN record left the lists
            Map<String, String> now = Map.of("ofac-100", "profile-eu-7", "eu-7", "profile-eu-7", "uk-RUS1", "profile-eu-7");
            assertThat(store.alerts().relink(now::get, "batch")).isEqualTo(2);
            assertThat(store.alerts().sameTarget(store.alerts().get(byEntity.get("ofac-100").id()).orElseThrow()))
                    .extracting(Alert::entityId).containsExactly("eu-7");
            // the closed alert keeps the target it was decided on; the UN one, whose record is gone, its own
            assertThat(store.alerts().get(byEntity.get("uk-RUS1").id()).orElseThrow().profileId()).isEqualTo("uk-RUS1");
            assertThat(store.alerts().get(byEntity.get("un-QDi.1").id()).orElseThrow().profileId()).isEqualTo("un-QDi.1");
            assertThat(store.audit().latest(1).getFirst()).satisfies(e -> {
                assertThat(e.action()).isEqualTo("alert.relink");
                assertThat(e.actor()).isEqualTo("batch");
                assertThat(e.detail()).contains("alert " + byEntity.get("ofac-100").id() + " ofac-100 -> profile-eu-7")
                        .contains("alert " + byEntity.get("eu-7").id() + " eu-7 -> profile-eu-7");
            });
            // nothing moves a second time, and nothing is written
            long entries = store.audit().verify().entries();
            assertThat(store.alerts().relink(now::get, "batch")).isZero();
            assertThat(store.audit().verify().entries()).isEqualTo(entries);
            // many moved at once: the entry names the first ones and counts the rest
            List<org.cordon.match.MatchResult> many = new java.util.ArrayList<>();
            for (int i = 0; i < Alerts.RELINKS_NAMED + 3; i++) {
                many.add(new org.cordon.match.MatchResult(Fixtures.person("ofac", "9" + i, "Ivan Ivanov"), 0.81, true, null, null));
            }
            store.alerts().record(new Subject("C-9", "Iwan Iwanow", Schema.PERSON, null, null, Map.of()), many, e -> null, null);
            assertThat(store.alerts().relink(id -> id.startsWith("ofac-9") ? "profile-x" : now.get(id), "batch")).isEqualTo(Alerts.RELINKS_NAMED + 3);
            assertThat(store.audit().latest(1).getFirst().detail()).endsWith("; and 3 more (each alert's profile_id says where it is now)")
                    .contains(" -> profile-x");
        }
    }

    @ParameterizedTest
    @MethodSource(TARGETS)
    void notesOnAnAlertAreKeptInOrderAuditedAndNeverChanged(StoreTarget target) {
        try (var o = target.open()) {
            Store store = o.store();
            store.alerts().record(customer, List.of(Fixtures.hit(ivanov, 0.85)), e -> null, null);
            long alert = onlyAlertId(store);
            AlertNote first = store.alerts().addNote(alert, "  asked the branch for the customer's passport copy ", "alice");
            assertThat(first.text()).isEqualTo("asked the branch for the customer's passport copy");
            store.decisions().decide(alert, Decision.Verdict.NEEDS_ESCALATION, "passport not yet received", "alice");
            AlertNote second = store.alerts().addNote(alert, "passport received: born 1990", "bob");
            assertThat(store.alerts().notes(alert)).extracting(AlertNote::id, AlertNote::author)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), "alice"), org.assertj.core.groups.Tuple.tuple(second.id(), "bob"));
            assertThat(store.audit().latest(1).getFirst()).satisfies(e -> {
                assertThat(e.action()).isEqualTo("alert.note");
                assertThat(e.target()).isEqualTo("alert " + alert);
                assertThat(e.detail()).isEqualTo("passport received: born 1990 [note " + second.id() + "]");
            });
            assertThatThrownBy(() -> store.alerts().addNote(alert, "  ", "alice")).hasMessageContaining("needs its text");
            assertThatThrownBy(() -> store.alerts().addNote(alert, "x".repeat(Alerts.MAX_NOTE + 1), "alice")).hasMessageContaining("at most");
            assertThatThrownBy(() -> store.alerts().addNote(999, "x", "alice")).hasMessageContaining("no alert 999");
            // append-only: the database refuses a change
            assertThatThrownBy(() -> store.transaction(() -> store.update("UPDATE alert_note SET text = 'x' WHERE id = ?", first.id())))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> store.transaction(() -> store.update("DELETE FROM alert_note WHERE id = ?", first.id())))
                    .hasMessageContaining("append-only");
            assertThat(store.alerts().notes(alert)).hasSize(2);
            assertThat(store.audit().verify().ok()).isTrue();
        }
    }
}
