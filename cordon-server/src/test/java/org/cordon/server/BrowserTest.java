package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web pages in headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run):
 * search, open an entity, screen a pasted text, hostile list names, phone width. Each page is
 * saved as a screenshot under target/screenshots/.
 */
class BrowserTest {
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path tmp;
    static FixtureServer s;
    static ChromeDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(CHROMIUM),
                "needs Debian packages chromium and chromium-driver (.ci/run installs them)");
        s = FixtureServer.start(tmp);
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")), "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
        if (s != null) s.close();
    }

    @BeforeEach
    void desktop() {
        if (driver != null) driver.manage().window().setSize(new Dimension(1280, 900));
    }

    @Test
    void searchShowsScoreBarsAndThePlainWordsExplanation() throws Exception {
        search("Ivan Sidorov");
        WebElement first = driver.findElements(By.cssSelector("#results li.result")).getFirst();
        assertThat(first.findElement(By.cssSelector("a.caption")).getText()).isEqualTo("Ivan Petrovich Sidorov");
        WebElement meter = first.findElement(By.cssSelector("[role=meter]"));
        assertThat(Double.parseDouble(meter.getAttribute("aria-valuenow"))).isBetween(0.0, 1.0);
        assertThat(first.findElement(By.cssSelector(".bar")).getSize().getWidth()).isPositive();
        assertThat(first.findElement(By.cssSelector(".badge.alert")).getText()).isEqualTo("MATCH");
        assertThat(first.findElement(By.cssSelector(".why li")).getText()).startsWith("The name");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("at or above the match threshold");
        assertThat(driver.findElement(By.id("status")).getText()).contains("6 entities loaded");
        // the in-house list's record of the same person (linked by name and birth date) says which result it joins
        List<WebElement> results = driver.findElements(By.cssSelector("#results li.result"));
        assertThat(first.findElements(By.cssSelector(".badge.same"))).isEmpty();
        assertThat(results.get(1).findElement(By.cssSelector("a.caption")).getText()).isEqualTo("Ivan Petrovich Sidorov");
        assertThat(results.get(1).findElement(By.cssSelector(".badge.same")).getText()).isEqualTo("same target as 1");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("results of " + (results.size() - 1) + " target");
        shot("search.png");
    }

    @Test
    void openAnEntityWithTheKeyboard() throws Exception {
        search("Ivan Sidorov");
        WebElement link = driver.findElement(By.cssSelector("#results li.result a.caption"));
        link.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.id("caption"), "Ivan Petrovich Sidorov"));
        List<String> rows = driver.findElements(By.cssSelector("#names tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Иван Петрович Сидоров").contains("Cyrillic"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Ivan Petrovich Sidorov").contains("Latin"));
        assertThat(driver.findElement(By.id("facts")).getText()).contains("P1234567").contains("TEST-PROG").contains("2022-03-01");
        // The watchlist record and the in-house record the profiles link to it, side by side.
        assertThat(driver.findElements(By.cssSelector("#records .record"))).hasSize(2);
        assertThat(driver.findElement(By.id("records")).getText()).contains("WATCHLIST").contains("INHOUSE").contains("Russia")
                .contains("probable link");
        // list properties under their names in words, not their keys
        String inhouse = driver.findElement(By.cssSelector("#records .record[aria-label^='INHOUSE']")).getText();
        assertThat(inhouse).contains("Position\nDirector of Acme Shipping").contains("Birth country\nRU")
                .doesNotContain("birthCountry");
        shot("entity.png");
    }

    @Test
    void hostileListNamesAreShownAsText() throws Exception {
        // The query itself is hostile too: it is echoed in the URL and the summary line.
        search("<img src=x onerror=alert(1)>");
        WebElement caption = driver.findElement(By.cssSelector("#results li.result a.caption"));
        assertThat(caption.getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(driver.findElements(By.cssSelector("#results img"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        driver.get(s.base() + "/entity.html?id=watchlist-3");
        wait.until(ExpectedConditions.textToBe(By.id("caption"), "<img src=x onerror=alert(1)>"));
        assertThat(driver.findElements(By.cssSelector("main img, main script"))).isEmpty();
        assertThat(driver.findElement(By.id("names")).getText()).contains("<script>alert(2)</script> Hostile");
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        shot("entity-hostile.png");
    }

    /** A pasted German report: the listed person is highlighted in place and listed with a link to his record. */
    @Test
    void screenAPastedText() throws Exception {
        screenText(NEWS);
        wait.until(d -> !d.findElement(By.id("summary")).getText().equals("Screening…"));
        WebElement output = driver.findElement(By.id("output"));
        assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
        assertThat(output.findElements(By.cssSelector("mark.hit"))).extracting(WebElement::getText).contains("Ivan Sidorov");
        assertThat(output.findElement(By.id("findings")).getText()).contains("Ivan Petrovich Sidorov");
        // the same person on two lists: each finding says which
        assertThat(output.findElements(By.cssSelector("#findings li"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("Ivan Petrovich Sidorov").contains("WATCHLIST"))
                .anySatisfy(t -> assertThat(t).contains("Ivan Petrovich Sidorov").contains("INHOUSE"));
        shot("text.png");
    }

    /**
     * A row of fields reads as one line: on each line of a form, every label starts at the same height and
     * every control (text box, drop-down, button) has the same top; and every control has the same height,
     * whatever kind of control it is.
     */
    @Test
    void theFieldsOfAFormRowLineUp() throws Exception {
        driver.get(s.base() + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        assertLinedUp("search-form");
        driver.get(s.base() + "/alerts.html");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-filter")));
        assertLinedUp("filter-form");
        shot("alerts-filters.png");
    }

    private static void assertLinedUp(String formId) {
        WebElement form = driver.findElement(By.id(formId));
        List<WebElement> controls = form.findElements(By.cssSelector(".field > input, .field > select, button"));
        assertThat(controls).as("controls in #%s", formId).hasSizeGreaterThan(2);
        var first = controls.get(0).getRect();
        for (WebElement control : controls) {
            assertThat(control.getRect().getHeight()).as("height of %s", describe(control, formId))
                    .isCloseTo(first.getHeight(), Offset.offset(1));
        }
        // The fields of one line share the top of their controls; a field that wrapped starts a new line.
        Map<Integer, List<WebElement>> lines = new TreeMap<>();
        for (WebElement field : form.findElements(By.cssSelector(".field:has(> label)"))) {
            int top = field.findElement(By.cssSelector("input, select")).getRect().getY();
            Integer line = lines.keySet().stream().filter(t -> Math.abs(t - top) <= 1).findFirst().orElse(top);
            lines.computeIfAbsent(line, t -> new ArrayList<>()).add(field);
        }
        assertThat(lines.values()).as("a line of #%s with more than one field", formId).anyMatch(l -> l.size() > 1);
        for (List<WebElement> line : lines.values()) {
            int labelTop = line.get(0).findElement(By.tagName("label")).getRect().getY();
            for (WebElement field : line) {
                WebElement label = field.findElement(By.tagName("label"));
                assertThat(label.getRect().getY()).as("top of label '%s' in #%s", label.getText(), formId)
                        .isCloseTo(labelTop, Offset.offset(1));
            }
        }
    }

    private static String describe(WebElement control, String formId) {
        return control.getTagName() + "#" + control.getAttribute("id") + " in #" + formId;
    }

    @Test
    void readableAtPhoneWidth() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        search("Ivan Sidorov");
        assertNoSidewaysScrolling(driver);
        shot("search-phone.png");
        driver.get(s.base() + "/entity.html?id=watchlist-1");
        wait.until(ExpectedConditions.textToBe(By.id("caption"), "Ivan Petrovich Sidorov"));
        assertNoSidewaysScrolling(driver);
        shot("entity-phone.png");
        screenText(NEWS);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#output mark.hit")));
        assertNoSidewaysScrolling(driver);
        shot("text-phone.png");
    }

    /** A sentence of a German news report naming a listed person and a listed company. */
    private static final String NEWS = "Der russische Geschäftsmann Ivan Sidorov traf gestern Vertreter von Acme Shipping in Limassol.";

    /** Pastes the text into the text page and screens it with Ctrl+Enter, as a keyboard user would. */
    private static void screenText(String text) {
        driver.get(s.base() + "/text.html");
        WebElement area = wait.until(ExpectedConditions.elementToBeClickable(By.id("text")));
        area.sendKeys(text);
        area.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    }

    /** The page as it is now needs no sideways scrolling (its content is no wider than the window). */
    static void assertNoSidewaysScrolling(ChromeDriver browser) {
        Object overflow = browser.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px of %s", browser.getCurrentUrl()).isLessThanOrEqualTo(0);
    }

    /** Types the name and presses Enter, as a keyboard user would. */
    private static void search(String name) {
        driver.get(s.base() + "/");
        WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.clear();
        q.sendKeys(name, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results li.result")));
    }

    private static void shot(String name) throws Exception {
        Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
