package dev.readout.server;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian chromium driven by Debian's chromedriver (Selenium Manager never runs). */
final class Browser implements AutoCloseable {

  final ChromeDriver driver;
  private final String base;

  Browser(String base) {
    this.base = base;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  /** Opens a view and waits until the UI says it has rendered it (body's data-rendered). */
  void open(String hash) {
    driver.get(base + hash);
    String want = hash.startsWith("#") ? hash : "#" + hash;
    until(d -> want.equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.rendered || ''")) ? true : null);
  }

  /** Clicks a link to another view and waits until that view has rendered. */
  void follow(WebElement link) {
    String before = driver.getCurrentUrl();
    link.click();
    until(d -> {
      String url = d.getCurrentUrl();
      Object rendered = ((JavascriptExecutor) d).executeScript("return document.body.dataset.rendered || ''");
      return !url.equals(before) && url.endsWith(String.valueOf(rendered)) && !"".equals(rendered) ? true : null;
    });
  }

  /** Waits (up to 15 s) until the elements exist and returns them. */
  List<WebElement> all(String css) {
    return until(d -> {
      List<WebElement> found = d.findElements(By.cssSelector(css));
      return found.isEmpty() ? null : found;
    });
  }

  <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
  }

  /** Saves a screenshot under target/screenshots for a person to look at. */
  void screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
