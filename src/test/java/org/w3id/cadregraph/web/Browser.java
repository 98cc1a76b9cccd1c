package org.w3id.cadregraph.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A real headless Chromium driven through its chromedriver, as Debian packages them
 * ({@code apt-get install chromium chromium-driver}); {@code CHROME_BIN} and {@code CHROMEDRIVER}
 * point elsewhere. Both paths are given to Selenium, so it never tries to download a browser or driver.
 */
final class Browser {
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Browser() {}

    /** The browser and driver executables, if this machine has both. */
    static Optional<Map.Entry<Path, Path>> find() {
        Optional<Path> browser = executable(System.getenv("CHROME_BIN"), BROWSERS);
        Optional<Path> driver = executable(System.getenv("CHROMEDRIVER"), DRIVERS);
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(Map.entry(browser.get(), driver.get()))
                : Optional.empty();
    }

    /** Starts headless Chromium with a window of the given size, keeping the browser console log. */
    static ChromeDriver start(Path browser, Path driver, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + width + "," + height,
                "--lang=en-US", "--disable-extensions", "--no-first-run");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    private static Optional<Path> executable(String configured, List<String> candidates) {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return candidates.stream().map(Path::of).filter(p -> Files.isExecutable(p) && !new File(p.toString()).isDirectory())
                .findFirst();
    }
}
