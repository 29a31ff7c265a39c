package io.roughcut.web;

import static io.roughcut.web.TalkWorkspace.PAGE;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** What the workspace browser tests do and read on the page: zoom, select, drag, press keys, wait for saves. */
final class WorkspacePage {

    private WorkspacePage() {
    }

    /** Presses + (or −) until the view spans about {@code seconds}. */
    static void zoomTo(Chromium browser, double seconds) {
        browser.script("document.activeElement.blur();");
        for (int i = 0; i < 12 && secondsAcross(browser) > seconds * 1.5; i++) {
            new Actions(browser.driver()).sendKeys("+").perform();
        }
        for (int i = 0; i < 12 && secondsAcross(browser) < seconds / 1.5; i++) {
            new Actions(browser.driver()).sendKeys("-").perform();
        }
    }

    static double secondsAcross(Chromium browser) {
        return ((Number) browser.script("const s = document.getElementById('timeline-scroll');"
                + " return s.clientWidth / Number(document.getElementById('timeline').dataset.pps);")).doubleValue();
    }

    static double pixelsPerSecond(Chromium browser) {
        return Double.parseDouble(browser.find("#timeline").getAttribute("data-pps"));
    }

    static double scrollLeft(Chromium browser) {
        return ((Number) browser.script("return document.getElementById('timeline-scroll').scrollLeft;")).doubleValue();
    }

    static double markWidth(Chromium browser, String id) {
        return ((Number) browser.script("return document.querySelector(\"#timeline .cut[data-id='\" + arguments[0]"
                + " + \"']\").getBoundingClientRect().width;", id)).doubleValue();
    }

    /** Clicks a row's times: selects the cut, sends the player there, and brings it into the timeline's view. */
    static void selectRow(Chromium browser, String id) {
        row(browser, id).findElement(By.cssSelector(".when")).click();
        browser.waitFor(PAGE, d -> "true".equals(row(browser, id).getAttribute("aria-current")));
    }

    static WebElement row(Chromium browser, String id) {
        return browser.find("#cut-list li[data-id='" + id + "']");
    }

    static String edge(String id, String side) {
        return "#timeline .cut[data-id='" + id + "'] .tl-edge[data-edge=" + side + "]";
    }

    static void drag(Chromium browser, String css, int dx) {
        new Actions(browser.driver()).moveToElement(browser.find(css)).clickAndHold().moveByOffset(dx / 2, 0)
                .moveByOffset(dx - dx / 2, 0).release().perform();
    }

    /** Drags across the timeline's lane from one time to another (both in view). */
    static void dragAcrossTimeline(Chromium browser, double from, double to) {
        WebElement scroller = browser.find("#timeline-scroll");
        double pps = pixelsPerSecond(browser);
        double left = scrollLeft(browser);
        int width = scroller.getRect().getWidth();
        int x1 = (int) Math.round(from * pps - left - width / 2.0);
        int x2 = (int) Math.round(to * pps - left - width / 2.0);
        new Actions(browser.driver()).moveToElement(scroller, x1, 10).clickAndHold().moveByOffset((x2 - x1) / 2, 0)
                .moveByOffset(x2 - x1 - (x2 - x1) / 2, 0).release().perform();
    }

    static void awaitSaved(Chromium browser) {
        browser.waitFor(PAGE, d -> "saved".equals(browser.find("#save-state").getAttribute("data-state")));
    }

    static void keys(Chromium browser, CharSequence keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    /** Ctrl+Z, or Ctrl+Shift+Z to redo. */
    static void ctrl(Chromium browser, boolean redo) {
        Actions actions = new Actions(browser.driver()).keyDown(Keys.CONTROL);
        if (redo) {
            actions = actions.keyDown(Keys.SHIFT);
        }
        actions = actions.sendKeys("z");
        if (redo) {
            actions = actions.keyUp(Keys.SHIFT);
        }
        actions.keyUp(Keys.CONTROL).perform();
    }

    static boolean isCurrent(Chromium browser, String id) {
        return "true".equals(row(browser, id).getAttribute("aria-current"));
    }

    /** Waits until another row than {@code id}'s is the current one. */
    static void awaitMovedOn(Chromium browser, String id) {
        browser.waitFor(PAGE, d -> !isCurrent(browser, id));
    }

    static double currentTime(Chromium browser) {
        return ((Number) browser.script("return document.getElementById('preview').currentTime;")).doubleValue();
    }

    static boolean paused(Chromium browser) {
        return (Boolean) browser.script("return document.getElementById('preview').paused;");
    }

    static double playbackRate(Chromium browser) {
        return ((Number) browser.script("return document.getElementById('preview').playbackRate;")).doubleValue();
    }

    static List<WebElement> pauseRows(Chromium browser) {
        return browser.findAll("#cut-list li.cutrow").stream().filter(r -> r.getText().contains("Pause")).toList();
    }
}
