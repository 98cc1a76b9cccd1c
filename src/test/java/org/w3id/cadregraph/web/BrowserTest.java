package org.w3id.cadregraph.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person uses them, in a real headless Chromium against a server on the sample graph:
 * search for an official, open the page, follow a meeting and its host region, see the network drawn
 * and click an official in it. Skipped where no Chromium and chromedriver can be found.
 *
 * <p>Screenshots of the official, meeting and network pages go to {@code target/screenshots/}, or to
 * the folder the system property {@code cadregraph.screenshots} names (the README's pictures come
 * from {@code -Dcadregraph.screenshots=docs/screenshots}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private SampleServer server;
    private ChromeDriver chrome;
    private Path screenshots;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        Optional<Map.Entry<Path, Path>> found = Browser.find();
        assumeTrue(found.isPresent(), "no Chromium and chromedriver on this machine (apt-get install chromium chromium-driver)");
        try {
            chrome = Browser.start(found.get().getKey(), found.get().getValue(), 1280, 1500);
        } catch (WebDriverException e) {
            assumeTrue(false, "Chromium could not be started: " + e.getMessage().lines().findFirst().orElse(""));
        }
        server = SampleServer.start(dir);
        screenshots = Path.of(System.getProperty("cadregraph.screenshots", "target/screenshots"));
        Files.createDirectories(screenshots);
    }

    @AfterAll
    void stop() {
        if (chrome != null) {
            chrome.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void searchAnOfficialAndReadTheCareer() throws IOException {
        chrome.get(server.url("/search"));
        WebElement box = chrome.findElement(By.id("q"));
        box.sendKeys("huai jin peng");
        box.submit();
        new WebDriverWait(chrome, WAIT).until(ExpectedConditions.titleContains("Search: huai jin peng"));
        chrome.findElement(By.linkText("Huai Jinpeng")).click();

        new WebDriverWait(chrome, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Huai Jinpeng"));
        assertThat(chrome.getCurrentUrl()).endsWith("/id/official/huai-jinpeng");
        List<WebElement> dots = chrome.findElements(By.cssSelector("figure.timeline circle"));
        assertThat(dots).hasSize(2).allSatisfy(d -> assertThat(d.isDisplayed()).isTrue());
        assertThat(chrome.findElements(By.cssSelector("#posts tbody tr"))).hasSize(3);
        assertThat(chrome.findElement(By.cssSelector("#posts tbody tr td.evidence mark")).getText()).isEqualTo("Huai Jinpeng");
        screenshot("official.png");
        assertThat(severeConsoleMessages()).isEmpty();
    }

    @Test
    void followAMeetingFromAnOfficialAndItsHostRegion() throws IOException {
        chrome.get(server.url("/id/official/huai-jinpeng"));
        chrome.findElement(By.linkText("ministry-province strategic cooperation meeting")).click();

        new WebDriverWait(chrome, WAIT).until(
                ExpectedConditions.textToBe(By.tagName("h1"), "ministry-province strategic cooperation meeting"));
        WebElement fang = chrome.findElement(By.xpath("//section[@id='participants']//tr[td/a[.='Fang Jianhua']]"));
        assertThat(fang.findElements(By.tagName("td")).get(1).getText()).isEqualTo("presided");
        assertThat(chrome.findElement(By.cssSelector("dl.facts")).getText()).contains("2023-04-17", "Guizhou Province");
        screenshot("meeting.png");

        chrome.findElement(By.cssSelector("dl.facts a[href='/id/region/guizhou']")).click();
        new WebDriverWait(chrome, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Guizhou Province"));
        List<WebElement> bars = chrome.findElements(By.cssSelector("figure.chart rect.bar"));
        assertThat(bars).hasSize(12);
        assertThat(bars).filteredOn(b -> Double.parseDouble(b.getAttribute("height")) > 0).hasSize(1);
    }

    @Test
    void theNetworkIsDrawnAndAnOfficialInItOpensOnClick() throws IOException {
        chrome.get(server.url("/network"));
        WebElement container = new WebDriverWait(chrome, WAIT).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network[data-drawn-nodes]")));

        JavascriptExecutor js = chrome;
        long nodes = (Long) js.executeScript("return window.cadregraphNetwork.nodes().length;");
        long edges = (Long) js.executeScript("return window.cadregraphNetwork.edges().length;");
        assertThat(nodes).isEqualTo(Long.parseLong(container.getAttribute("data-drawn-nodes"))).isGreaterThan(30);
        assertThat(edges).isGreaterThan(50);
        assertThat(paintedPixels()).as("pixels the network's canvases painted").isGreaterThan(2000);
        // Every node was placed by the layout inside the visible drawing.
        Boolean inside = (Boolean) js.executeScript("""
                const cy = window.cadregraphNetwork, w = cy.width(), h = cy.height();
                return cy.nodes().every(n => { const p = n.renderedPosition();
                  return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; });""");
        assertThat(inside).isTrue();
        assertThat(chrome.findElement(By.id("network-status")).getText()).contains(nodes + " officials");
        screenshot("network.png");
        assertThat(severeConsoleMessages()).as("console errors (a refused script or style would show here)").isEmpty();

        // Click where Cytoscape drew Huai Jinpeng, as a person would.
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) js.executeScript(
                "return window.cadregraphNetwork.getElementById(arguments[0]).renderedPosition();",
                "https://w3id.org/cadregraph/id/official/huai-jinpeng");
        int dx = (int) Math.round(at.get("x").doubleValue() - container.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(at.get("y").doubleValue() - container.getSize().getHeight() / 2.0);
        new Actions(chrome).moveToElement(container, dx, dy).click().perform();
        new WebDriverWait(chrome, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Huai Jinpeng"));
    }

    @Test
    void aRegionNarrowsTheDrawnNetwork() {
        chrome.get(server.url("/network"));
        new Select(chrome.findElement(By.name("region"))).selectByVisibleText("Guizhou Province (1)");
        WebElement unfiltered = chrome.findElement(By.id("network"));
        chrome.findElement(By.cssSelector("form.filter button")).click();

        // the page before the click has a drawn network too: wait until the browser has left it
        new WebDriverWait(chrome, WAIT).until(ExpectedConditions.stalenessOf(unfiltered));
        WebElement container = new WebDriverWait(chrome, WAIT).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#network[data-drawn-nodes]")));
        long nodes = Long.parseLong(container.getAttribute("data-drawn-nodes"));
        assertThat(nodes).isBetween(5L, 12L);
        assertThat((Long) ((JavascriptExecutor) chrome).executeScript("return window.cadregraphNetwork.edges().length;"))
                .isEqualTo(nodes * (nodes - 1) / 2);
        assertThat(chrome.getCurrentUrl()).contains("region=https%3A%2F%2Fw3id.org%2Fcadregraph%2Fid%2Fregion%2Fguizhou");
    }

    /** The number of non-transparent pixels on the canvases Cytoscape draws on. */
    private long paintedPixels() {
        Object count = ((JavascriptExecutor) chrome).executeScript("""
                let painted = 0;
                for (const canvas of document.querySelectorAll('#network canvas')) {
                  if (canvas.width === 0 || canvas.height === 0) continue;
                  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
                }
                return painted;""");
        return (Long) count;
    }

    private List<String> severeConsoleMessages() {
        return chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
    }

    private void screenshot(String name) throws IOException {
        Path shot = chrome.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
