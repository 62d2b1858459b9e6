package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The alert queue and audit pages in headless Chromium: an analyst opens the highest-scoring alert and
 * decides it a false positive; the decision waits for four-eyes; a second user (an approver key of
 * another owner) approves it; the audit page shows the chain intact with both names. Screenshots of each
 * step go to target/screenshots/.
 */
class AlertQueueBrowserTest {
    @TempDir
    static Path tmp;
    static RecordedServer r;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(BrowserTest.DRIVER) && Files.isExecutable(BrowserTest.CHROMIUM),
                "needs Debian packages chromium and chromium-driver (.ci/run installs them)");
        r = RecordedServer.start(tmp);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(BrowserTest.CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")), "--window-size=1280,900");
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(BrowserTest.DRIVER.toFile())
                .usingAnyFreePort().build(), o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(BrowserTest.SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (r != null) r.close();
    }

    private static void useKey(String key) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id("api-key")));
        input.sendKeys(key, Keys.ENTER);
    }

    @Test
    void decideOnePairAndApproveItAsASecondUser() throws Exception {
        driver.get(r.s.base() + "/alerts.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "API key"));
        useKey(r.analyst);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alerts tbody tr")));
        var rows = driver.findElements(By.cssSelector("#alerts tbody tr"));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getText()).contains("96%").contains("CUST-1");
        assertThat(rows.get(1).getText()).contains("82%").contains("CUST-2");
        shot("alerts-queue.png");

        rows.get(0).findElement(By.cssSelector("button[data-alert]")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decide-form")));
        assertThat(driver.findElement(By.id("detail-title")).getText()).contains("CUST-1").contains("Ivan Petrovich Sidorov");
        assertThat(driver.findElement(By.cssSelector("#detail-entity a")).getDomAttribute("href")).isEqualTo("entity.html?id=watchlist-1");
        driver.findElement(By.id("reason")).sendKeys("customer born 1990, listed person 1961", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail-decisions li[data-decision]")));
        assertThat(driver.findElement(By.cssSelector("#detail-decisions li")).getText()).contains("pending").contains("alice");
        shot("alerts-pending.png");

        // alice's analyst key cannot approve: the page says why.
        driver.findElement(By.cssSelector("button[data-action=approve]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(driver.findElement(By.id("error")).getText()).contains("approver");

        useKey(r.approver);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("error")));
        // The page re-renders the queue and the alert after the key changes: retry a click that met a replaced element.
        clickWhenStable("#alerts tbody tr button[data-alert]");
        clickWhenStable("button[data-action=approve]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-decisions"), "reviewed by bob"));
        assertThat(driver.findElement(By.id("detail-title")).getText()).contains("false positive");
        assertThat(driver.findElement(By.id("decide-form")).isDisplayed()).as("no decision form on a closed alert").isFalse();
        assertThat(driver.findElements(By.cssSelector("#alerts tbody tr"))).hasSize(1);
        shot("alerts-approved.png");

        driver.get(r.s.base() + "/audit.html");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain"), "intact"));
        String audit = driver.findElement(By.id("audit")).getText();
        assertThat(audit).contains("decision.approve").contains("bob").contains("alice");
        // An anchor taken on the page, pasted back and checked with the chain.
        driver.findElement(By.id("take-anchor")).click();
        WebElement taken = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("anchor-taken")));
        String line = taken.getDomAttribute("data-anchor");
        assertThat(line).startsWith("cordon-audit-anchor seq=");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit"), "audit.anchor"));
        driver.findElement(By.id("anchor")).sendKeys(line);
        driver.findElement(By.cssSelector("#anchor-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chain"), "1 anchor matched"));
        driver.findElement(By.id("action-filter")).sendKeys("decision", Keys.ENTER);
        wait.until(d -> !d.findElement(By.id("audit")).getText().contains("key.create"));
        assertThat(driver.findElements(By.cssSelector("#audit tbody tr"))).hasSize(2)
                .allSatisfy(row -> assertThat(row.getText()).contains("decision"));
        shot("audit.png");
        assertNoHorizontalOverflowAtPhoneWidth("audit-phone.png");
        driver.get(r.s.base() + "/alerts.html");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alerts tbody tr")));
        clickWhenStable("#alerts tbody tr button[data-alert]");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail-title")));
        assertNoHorizontalOverflowAtPhoneWidth("alerts-phone.png");

        // The false positive put the pair on the good-guy list; taken off it on the alert's page, the alert is open again.
        driver.findElement(By.id("status-filter")).sendKeys("False positive");
        driver.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
        wait.until(d -> d.findElements(By.cssSelector("#alerts tbody tr")).size() == 1
                && d.findElement(By.id("alerts")).getText().contains("false positive"));
        clickWhenStable("#alerts tbody tr button[data-alert]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-title"), "CUST-1"));
        assertThat(driver.findElement(By.id("revoke-form")).isDisplayed()).isTrue();
        driver.findElement(By.id("revoke-reason")).sendKeys("the customer's birth year was mistyped", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-title"), "open)"));
        assertThat(driver.findElement(By.id("revoke-form")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("decide-form")).isDisplayed()).isTrue();

        // The key entered on the alert page also serves the search page in this tab (keys are required here).
        driver.get(r.s.base() + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("q"))).sendKeys("Ivan Sidorov", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li.result")));
        assertThat(driver.findElement(By.id("results")).getText()).contains("Ivan Petrovich Sidorov");
    }

    @Test
    void alertsOnOneTargetAreMarkedAndDecidedTogether(@TempDir Path own) throws Exception {
        // A server of its own, whose queue the other test counts not. A customer who is Sidorov meets his records on both
        // fixture lists, which the served lists link as one target (same name, same full birth date).
        try (RecordedServer mine = RecordedServer.start(own)) {
            var alerts = mine.raiseSidorovAlerts("CUST-7");
            assertThat(alerts).hasSize(2);
            long first = alerts.get(0).id(), second = alerts.get(1).id();

            driver.get(mine.s.base() + "/alerts.html");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "API key"));
            useKey(mine.analyst);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alerts tbody tr[data-alert-row='" + second + "']")));
            String firstRow = driver.findElement(By.cssSelector("tr[data-alert-row='" + first + "']")).getText();
            String secondRow = driver.findElement(By.cssSelector("tr[data-alert-row='" + second + "']")).getText();
            assertThat(firstRow).doesNotContain("same target");
            assertThat(secondRow).contains("same target as #" + first);
            // CUST-1's alert on Sidorov is another subject's: not marked.
            assertThat(driver.findElements(By.cssSelector("#alerts tbody tr"))).filteredOn(row -> row.getText().contains("CUST-1"))
                    .allSatisfy(row -> assertThat(row.getText()).doesNotContain("same target"));

            clickWhenStable("button[data-alert='" + first + "']");
            WebElement also = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("also-" + second)));
            assertThat(also.isSelected()).as("left for the analyst to tick").isFalse();
            assertThat(driver.findElement(By.id("detail-same")).getText()).contains("#" + second).contains("probable link");
            shot("alerts-same-target-detail.png");
            also.click();
            driver.findElement(By.id("verdict")).sendKeys("True match");
            driver.findElement(By.id("reason")).sendKeys("passport P1234567 on the customer file", Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail-decisions li[data-decision]")));
            shot("alerts-same-target.png");
            for (long id : new long[] {first, second}) {
                assertThat(mine.store.alerts().get(id).orElseThrow().status()).isEqualTo(org.cordon.store.Alert.Status.PENDING_APPROVAL);
                assertThat(mine.store.decisions().forAlert(id)).singleElement()
                        .satisfies(d -> assertThat(d.verdict()).isEqualTo(org.cordon.store.Decision.Verdict.TRUE_MATCH));
            }
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[data-alert-row='" + second + "'] .status-cell"), "pending"));
            assertNoHorizontalOverflowAtPhoneWidth("alerts-same-target-phone.png");

            // An approver of another name approves the first decision and, ticked, the second with it.
            useKey(mine.approver);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("error")));
            clickWhenStable("button[data-alert='" + first + "']");
            WebElement alsoDecision = wait.until(ExpectedConditions.elementToBeClickable(By.id("also-" + second)));
            assertThat(driver.findElement(By.id("detail-same-legend")).getText()).contains("approve or reject");
            assertThat(driver.findElement(By.id("detail-same")).getText()).contains("true match by alice");
            alsoDecision.click();
            clickWhenStable("button[data-action=approve]");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-decisions"), "reviewed by bob"));
            // Closed now, the alert's page still names the target's other alert, with the decision that closed it.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-same"), "approved by bob"));
            assertThat(driver.findElement(By.id("detail-same-legend")).getText()).isEqualTo("The same target on other lists");
            assertThat(driver.findElement(By.id("also-" + second)).isEnabled()).isFalse();
            for (long id : new long[] {first, second}) {
                assertThat(mine.store.alerts().get(id).orElseThrow().status()).isEqualTo(org.cordon.store.Alert.Status.TRUE_MATCH);
            }
            assertThat(mine.store.alerts().list(org.cordon.store.Alerts.Filter.open(10))).extracting(org.cordon.store.Alert::subjectId)
                    .containsExactlyInAnyOrder("CUST-1", "CUST-2");
            // The queue filtered to the customer's closed alerts: the two, the later still marked.
            driver.findElement(By.id("status-filter")).sendKeys("True match");
            driver.findElement(By.id("subject-filter")).sendKeys("CUST-7", Keys.ENTER);
            wait.until(d -> d.findElements(By.cssSelector("#alerts tbody tr")).size() == 2
                    && d.findElement(By.id("alerts")).getText().contains("true match"));
            assertThat(driver.findElement(By.id("alerts")).getText()).doesNotContain("CUST-1").contains("same target as #" + first);
        }
    }

    @Test
    void anAnalystTakesAnAlertNotesItAndAnotherTakesItOver(@TempDir Path own) throws Exception {
        try (RecordedServer mine = RecordedServer.start(own)) {
            long alert = mine.raiseSidorovAlerts("CUST-9").getFirst().id();
            String row = "tr[data-alert-row='" + alert + "']";

            driver.get(mine.s.base() + "/alerts.html");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "API key"));
            useKey(mine.analyst);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
            assertThat(driver.findElement(By.cssSelector(row + " .assignee-cell")).getText()).isEqualTo("—");
            clickWhenStable("button[data-alert='" + alert + "']");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-assignee"), "Nobody has taken this alert"));
            assertThat(driver.findElement(By.id("detail-subject")).getText()).isEqualTo("The customer (CUST-9): Ivan Petrovich Sidorov · Person · born 1961-04-12 · country RU · branch: Berlin");
            assertThat(driver.findElement(By.id("take-over-alert")).isDisplayed()).isFalse();
            driver.findElement(By.id("take-alert")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-assignee"), "Assigned to alice since"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(row + " .assignee-cell"), "alice"));
            assertThat(driver.findElement(By.id("counts")).getText()).contains("not closed by who has them: nobody 3, alice 1");
            assertThat(driver.findElement(By.id("take-alert")).isDisplayed()).isFalse();
            // her note on it, kept on the alert's page
            assertThat(driver.findElement(By.id("detail-notes")).getText()).isEqualTo("No notes yet.");
            driver.findElement(By.id("note-text")).sendKeys("asked the branch for the passport copy", Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#detail-notes li[data-note]")));
            assertThat(driver.findElement(By.id("detail-notes")).getText()).startsWith("alice, ").endsWith(": asked the branch for the passport copy");
            assertThat(mine.store.alerts().notes(alert)).singleElement().satisfies(n -> assertThat(n.author()).isEqualTo("alice"));
            shot("alerts-assigned.png");

            // bob cannot release alice's alert without taking it over; the page says who has it
            useKey(mine.approver);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("error")));
            clickWhenStable("button[data-alert='" + alert + "']");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-assignee"), "Assigned to alice"));
            clickWhenStable("#release-alert");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("error"), "assigned to alice"));
            clickWhenStable("#take-over-alert");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-assignee"), "Assigned to bob since"));
            assertThat(mine.store.alerts().get(alert).orElseThrow().assignedTo()).isEqualTo("bob");

            // the longest waiting first: the fixture's alerts, raised at start, before CUST-9's
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort-order"))).selectByValue("oldest");
            driver.findElement(By.cssSelector("#filter-form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alerts-caption"), "longest waiting first"));
            assertThat(driver.findElements(By.cssSelector("#alerts tbody tr")).getFirst().getText()).contains("CUST-1");
            assertThat(driver.findElement(By.cssSelector(row + " .raised-cell")).getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            // the queue of what nobody has: not this one, until bob releases it
            driver.findElement(By.id("assigned-filter")).sendKeys("none", Keys.ENTER);
            wait.until(d -> d.findElements(By.cssSelector(row)).isEmpty());
            clickWhenStable("#release-alert");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("detail-assignee"), "Nobody has taken this alert"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
            assertThat(mine.store.alerts().get(alert).orElseThrow().assignedTo()).isNull();
        }
    }

    /** At a phone's width (390 px) the page needs no sideways scrolling; the window is set back to a laptop's after. */
    private static void assertNoHorizontalOverflowAtPhoneWidth(String screenshot) throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            shot(screenshot);
            BrowserTest.assertNoSidewaysScrolling(driver);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static void clickWhenStable(String css) {
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    private static void shot(String name) throws Exception {
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, BrowserTest.SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
