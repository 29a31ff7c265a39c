package io.roughcut.web;

import static io.roughcut.web.BrowserTests.assertCleanText;
import static io.roughcut.web.TalkWorkspace.FPS;
import static io.roughcut.web.TalkWorkspace.PAGE;
import static io.roughcut.web.TalkWorkspace.openWorkspace;
import static io.roughcut.web.WorkspacePage.awaitMovedOn;
import static io.roughcut.web.WorkspacePage.awaitSaved;
import static io.roughcut.web.WorkspacePage.ctrl;
import static io.roughcut.web.WorkspacePage.currentTime;
import static io.roughcut.web.WorkspacePage.drag;
import static io.roughcut.web.WorkspacePage.dragAcrossTimeline;
import static io.roughcut.web.WorkspacePage.edge;
import static io.roughcut.web.WorkspacePage.isCurrent;
import static io.roughcut.web.WorkspacePage.keys;
import static io.roughcut.web.WorkspacePage.markWidth;
import static io.roughcut.web.WorkspacePage.pauseRows;
import static io.roughcut.web.WorkspacePage.paused;
import static io.roughcut.web.WorkspacePage.pixelsPerSecond;
import static io.roughcut.web.WorkspacePage.playbackRate;
import static io.roughcut.web.WorkspacePage.row;
import static io.roughcut.web.WorkspacePage.scrollLeft;
import static io.roughcut.web.WorkspacePage.secondsAcross;
import static io.roughcut.web.WorkspacePage.selectRow;
import static io.roughcut.web.WorkspacePage.zoomTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The review workspace in headless Chromium, with the mouse and the keyboard, on a generated ten-minute talk
 * with 85 pauses: dragging a cut's edge moves the exported EDL by the frames dragged and snaps to a measured
 * silence; a dragged range becomes the reviewer's own cut; a category is rejected in bulk and undone and
 * redone; zoom from the whole video down to seconds, with screenshots of each in target/screenshots/.
 */
class WorkspaceBrowserIntegrationTests {

    @RegisterExtension
    static final TalkWorkspace talk = new TalkWorkspace();

    @Test
    void draggingAnEdgeMovesTheExportedEdlByTheFramesDraggedAndSnapsToSilence() throws Exception {
        try (Chromium owner = talk.owner()) {
            openWorkspace(owner, "/jobs/" + talk.jobId());
            JsonNode cut = firstPauseAfter(talk.results(), 70);
            String id = cut.path("id").asString();
            zoomTo(owner, 12);
            selectRow(owner, id);
            double pps = pixelsPerSecond(owner);
            List<EdlEvent> edlBefore = EdlEvent.parse(owner.fetchText("/api/export/" + talk.jobId() + "/edl"));
            long endFrame = Math.round(cut.path("end").asDouble() * FPS);
            assertThat(edlBefore).as("a kept part starts where the cut ends").anyMatch(e -> e.in() == endFrame);

            // Five frames to the left: the cut ends five frames earlier, and so the next kept part starts there.
            drag(owner, edge(id, "end"), -(int) Math.round(5 * pps / FPS));
            awaitSaved(owner);
            JsonNode moved = cutOf(talk.results(), id);
            assertThat(moved.path("edit").asString()).isEqualTo("adjusted");
            assertThat(Math.round(moved.path("end").asDouble() * FPS)).isEqualTo(endFrame - 5);
            assertThat(moved.path("start").asDouble()).isEqualTo(cut.path("start").asDouble());
            List<EdlEvent> edlAfter = EdlEvent.parse(owner.fetchText("/api/export/" + talk.jobId() + "/edl"));
            assertThat(edlAfter).hasSameSizeAs(edlBefore).noneMatch(e -> e.in() == endFrame)
                    .anyMatch(e -> e.in() == endFrame - 5);
            assertThat(row(owner, id).getText()).contains("Adjusted by you");
            assertThat(owner.find(".cut[data-id='" + id + "']").getAttribute("class")).contains("edited");

            // The start dragged to 3 px short of the measured silence's start lands on it: the margin is gone.
            JsonNode silence = silenceAround(owner, cut.path("start").asDouble());
            double toSilence = (silence.path("start").asDouble() - cut.path("start").asDouble()) * pps;
            drag(owner, edge(id, "start"), (int) Math.round(toSilence + 3));
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), id).path("start").asDouble())
                    .isEqualTo(onFrame(silence.path("start").asDouble()));
            assertThat(owner.scriptErrors()).isEmpty();
        }
    }

    @Test
    void aRangeDraggedAcrossSpeechBecomesTheReviewersOwnCutInEveryExport() throws Exception {
        try (Chromium owner = talk.owner()) {
            openWorkspace(owner, "/jobs/" + talk.jobId());
            int edlEvents = EdlEvent.parse(owner.fetchText("/api/export/" + talk.jobId() + "/edl")).size();
            int rows = owner.findAll("#cut-list li.cutrow").size();
            zoomTo(owner, 30);
            // Speech runs from 301 to 306 s: bring it into view, then drag from 302 to 304 s across it.
            selectRow(owner, firstPauseAfter(talk.results(), 297).path("id").asString());
            dragAcrossTimeline(owner, 302.0, 304.0);
            owner.waitFor(PAGE, d -> owner.find("#range-bar").isDisplayed());
            // Within a frame of where the pointer went (a frame is under 2 px at this zoom).
            assertThat(owner.find("#range-times").getText()).matches("5:0[12]\\.\\d → 5:0[34]\\.\\d \\(2\\.0 s\\)");
            new Select(owner.find("#new-cut-category")).selectByValue("filler_words");
            owner.find("#add-cut").click();
            owner.waitFor(PAGE, d -> owner.findAll("#cut-list li.cutrow").size() == rows + 1);
            awaitSaved(owner);

            JsonNode added = talk.results().path("segmentsToRemove").valueStream()
                    .filter(c -> c.path("edit").asString().equals("added") && c.path("start").asDouble() > 301)
                    .findFirst().orElseThrow();
            assertThat(added.path("source").asString()).isEqualTo("reviewer");
            assertThat(added.path("category").asString()).isEqualTo("filler_words");
            assertThat(added.path("decision").asString()).isEqualTo("accepted");
            assertThat(Math.abs(added.path("start").asDouble() - 302.0)).isLessThanOrEqualTo(1.0 / FPS + 0.001);
            assertThat(Math.abs(added.path("end").asDouble() - 304.0)).isLessThanOrEqualTo(1.0 / FPS + 0.001);
            assertThat(added.path("start").asDouble()).as("on a frame").isEqualTo(onFrame(added.path("start").asDouble()));
            String addedId = added.path("id").asString();
            assertThat(row(owner, addedId).getText()).contains("Added by you").contains("Filler words");
            // The kept part 301-306 s is now two parts in the EDL; the CSV lists the cut as the reviewer's.
            assertThat(EdlEvent.parse(owner.fetchText("/api/export/" + talk.jobId() + "/edl"))).hasSize(edlEvents + 1);
            assertThat(owner.fetchText("/api/export/" + talk.jobId() + "/csv")).contains(addedId + ",").contains(",reviewer,");

            // Undo takes it away again, on the page and on the server.
            new Actions(owner.driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
            owner.waitFor(PAGE, d -> owner.findAll("#cut-list li.cutrow").size() == rows);
            awaitSaved(owner);
            assertThat(talk.results().path("segmentsToRemove").valueStream().map(c -> c.path("id").asString()))
                    .doesNotContain(addedId);
            assertThat(EdlEvent.parse(owner.fetchText("/api/export/" + talk.jobId() + "/edl"))).hasSize(edlEvents);
            assertThat(owner.scriptErrors()).isEmpty();
        }
    }

    @Test
    void rejectingACategoryInBulkIsOneStepThatUndoAndRedoReverse() throws Exception {
        try (Chromium owner = talk.owner()) {
            openWorkspace(owner, "/jobs/" + talk.jobId());
            Map<String, String> before = decisions(talk.results(), null);
            long pauses = talk.results().path("segmentsToRemove").valueStream()
                    .filter(c -> c.path("category").asString().equals("pause")).count();
            assertThat(pauses).isGreaterThan(80);
            String remaining = owner.find("#remaining-length").getText();

            new Select(owner.find("#bulk-category")).selectByValue("pause");
            owner.find("button[data-scope=category][data-bulk=rejected]").click();
            owner.waitFor(PAGE, d -> pauseRows(owner).stream().allMatch(r -> "rejected".equals(r.getAttribute("data-decision"))));
            awaitSaved(owner);
            assertThat(decisions(talk.results(), "pause").values()).containsOnly("rejected");
            assertThat(owner.find("#remaining-length").getText()).isNotEqualTo(remaining);
            assertThat(owner.find("#timeline .cut.rejected[data-category=pause]")).isNotNull();
            assertThat(owner.find("#undo").getAttribute("title")).contains("reject every pause cut");

            // One undo brings every pause back as it was; redo rejects them all again; undo once more.
            new Actions(owner.driver()).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
            owner.waitFor(PAGE, d -> owner.find("#remaining-length").getText().equals(remaining));
            awaitSaved(owner);
            assertThat(decisions(talk.results(), null)).isEqualTo(before);
            new Actions(owner.driver()).keyDown(Keys.CONTROL).keyDown(Keys.SHIFT).sendKeys("z").keyUp(Keys.SHIFT)
                    .keyUp(Keys.CONTROL).perform();
            owner.waitFor(PAGE, d -> !owner.find("#remaining-length").getText().equals(remaining));
            awaitSaved(owner);
            assertThat(decisions(talk.results(), "pause").values()).containsOnly("rejected");
            owner.find("#undo").click();
            owner.waitFor(PAGE, d -> owner.find("#remaining-length").getText().equals(remaining));
            awaitSaved(owner);
            assertThat(decisions(talk.results(), null)).isEqualTo(before);
            assertThat(owner.scriptErrors()).isEmpty();
        }
    }

    @Test
    void aSelectionAndTheCutsUnderAConfidenceAreDecidedInOneStepEach() throws Exception {
        try (Chromium owner = talk.owner()) {
            openWorkspace(owner, "/jobs/" + talk.jobId());
            JsonNode results = talk.results();
            Map<String, String> before = decisions(results, null);
            String a = firstPauseAfter(results, 440).path("id").asString();
            String c = nextCut(results, nextCut(results, a));

            // Shift+click selects the rows between; the selection is rejected at once and comes back with undo.
            selectRow(owner, a);
            new Actions(owner.driver()).keyDown(Keys.SHIFT).click(row(owner, c).findElement(By.cssSelector(".when")))
                    .keyUp(Keys.SHIFT).perform();
            owner.waitFor(PAGE, d -> owner.find("#selection-actions").isDisplayed());
            assertThat(owner.find("#selection-count").getText()).isEqualTo("3 selected:");
            owner.find("button[data-scope=selection][data-bulk=rejected]").click();
            awaitSaved(owner);
            assertThat(decisions(talk.results(), null).values().stream().filter("rejected"::equals)).hasSize(3);
            ctrl(owner, false);
            awaitSaved(owner);
            assertThat(decisions(talk.results(), null)).isEqualTo(before);

            // The confidence slider only filters; "Reject the N cuts below" decides what it hides.
            owner.script("const s = document.getElementById('confidence'); s.value = '90';"
                    + " s.dispatchEvent(new Event('input'));");
            long below = results.path("segmentsToRemove").valueStream()
                    .filter(cut -> cut.path("confidence").asDouble() < 0.9).count();
            assertThat(below).isGreaterThan(50);
            assertThat(owner.find("#cuts-shown").getText()).isEqualTo("Showing " + (before.size() - below) + " of "
                    + before.size() + " cuts");
            assertThat(owner.find("#confidence-note").getText()).contains("only filters");
            assertThat(decisions(talk.results(), null)).as("filtering decides nothing").isEqualTo(before);
            assertThat(owner.find("#reject-below").getText()).isEqualTo("Reject the " + below + " cuts below 90 %");
            owner.find("#reject-below").click();
            awaitSaved(owner);
            assertThat(decisions(talk.results(), null).values().stream().filter("rejected"::equals)).hasSize((int) below);
            assertThat(owner.find("#reject-below").isDisplayed()).isFalse();
            ctrl(owner, false);
            awaitSaved(owner);
            assertThat(decisions(talk.results(), null)).isEqualTo(before);
            assertThat(owner.scriptErrors()).isEmpty();
        }
    }

    @Test
    void zoomsFromTheWholeVideoToSecondsAndFollowsThePlayhead() throws Exception {
        try (Chromium owner = talk.owner()) {
            openWorkspace(owner, "/jobs/" + talk.jobId());
            JsonNode cut = firstPauseAfter(talk.results(), 120);
            String id = cut.path("id").asString();
            selectRow(owner, id);
            assertThat(secondsAcross(owner)).isGreaterThan(590);
            assertThat(owner.find("#zoom-label").getText()).isEqualTo("10:00 across");
            assertThat(markWidth(owner, id)).as("a 1.6 s cut on the whole video").isLessThan(4);
            assertCleanText(owner);
            owner.screenshot("workspace-zoom-whole-1280", 1280);

            zoomTo(owner, 60);
            assertThat(markWidth(owner, id)).isBetween(15.0, 40.0);
            owner.screenshot("workspace-zoom-minute-1280", 1280);

            zoomTo(owner, 5);
            assertThat(markWidth(owner, id)).isGreaterThan(150);
            owner.screenshot("workspace-zoom-seconds-1280", 1280);
            owner.screenshot("workspace-zoom-seconds-390", 390);

            // Playing at 4× with the view a few seconds across, the view pages along with the playhead.
            double left = scrollLeft(owner);
            owner.script("document.activeElement.blur();");
            new Actions(owner.driver()).sendKeys("lll").perform();
            owner.waitFor(PAGE, d -> scrollLeft(owner) > left + 50);
            new Actions(owner.driver()).sendKeys("k").perform();
            assertThat(owner.scriptErrors()).isEmpty();
        }
    }

    @Test
    void playsShuttlesStepsAndMovesBetweenCutsWithTheKeyboard() throws Exception {
        try (Chromium owner = talk.owner()) {
            openWorkspace(owner, "/jobs/" + talk.jobId());
            JsonNode results = talk.results();
            String a = firstPauseAfter(results, 200).path("id").asString();
            String b = nextCut(results, a);
            selectRow(owner, a);
            keys(owner, Keys.ARROW_DOWN);
            owner.waitFor(PAGE, d -> isCurrent(owner, b));
            keys(owner, Keys.ARROW_UP);
            owner.waitFor(PAGE, d -> isCurrent(owner, a));
            keys(owner, Keys.ARROW_RIGHT);
            owner.waitFor(PAGE, d -> isCurrent(owner, b));
            keys(owner, Keys.ARROW_LEFT);
            owner.waitFor(PAGE, d -> isCurrent(owner, a));
            assertThat(currentTime(owner)).isEqualTo(cutOf(results, a).path("start").asDouble());

            keys(owner, " ");
            owner.waitFor(PAGE, d -> !paused(owner));
            keys(owner, " ");
            owner.waitFor(PAGE, d -> paused(owner));
            keys(owner, "l");
            owner.waitFor(PAGE, d -> !paused(owner));
            keys(owner, "l");
            owner.waitFor(PAGE, d -> playbackRate(owner) == 2);
            assertThat(owner.find("#shuttle").getText()).isEqualTo("▶▶ 2×");
            keys(owner, "k");
            owner.waitFor(PAGE, d -> paused(owner) && playbackRate(owner) == 1);
            double before = currentTime(owner);
            keys(owner, "j");
            owner.waitFor(PAGE, d -> currentTime(owner) < before - 0.3);
            assertThat(owner.find("#shuttle").getText()).isEqualTo("◀◀ 1×");
            keys(owner, "k");
            assertThat(owner.find("#shuttle").isDisplayed()).isFalse();

            double stopped = currentTime(owner);
            for (int i = 0; i < 3; i++) {
                new Actions(owner.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT).keyUp(Keys.SHIFT).perform();
            }
            assertThat(currentTime(owner)).isCloseTo(stopped + 3.0 / FPS, offset(0.002));

            keys(owner, "p");
            assertThat(owner.find("#skip-cuts").isSelected()).isTrue();
            keys(owner, "p");
            assertThat(owner.find("#skip-cuts").isSelected()).isFalse();
            keys(owner, "?");
            owner.waitFor(PAGE, d -> owner.find("#keys-help").isDisplayed());
            assertThat(owner.find("#keys-help").getText()).contains("Split the selected cut").contains("Undo");
            owner.screenshot("workspace-keys-1280", 1280);
            keys(owner, Keys.ESCAPE);
            owner.waitFor(PAGE, d -> !owner.find("#keys-help").isDisplayed());
            assertThat(owner.scriptErrors()).isEmpty();
            assertCleanText(owner);
        }
    }

    @Test
    void decidesSplitsMergesMovesEdgesAndAddsCutsWithTheKeyboard() throws Exception {
        try (Chromium owner = talk.owner()) {
            openWorkspace(owner, "/jobs/" + talk.jobId());
            JsonNode cut = firstPauseAfter(talk.results(), 230);
            String a = cut.path("id").asString();
            String b = nextCut(talk.results(), a);
            double start = cut.path("start").asDouble();
            int rows = owner.findAll("#cut-list li.cutrow").size();
            selectRow(owner, a);

            // R rejects and goes on to the next cut; A accepts; undo and redo follow.
            keys(owner, "r");
            owner.waitFor(PAGE, d -> "rejected".equals(row(owner, a).getAttribute("data-decision")) && isCurrent(owner, b));
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), a).path("decision").asString()).isEqualTo("rejected");
            keys(owner, Keys.ARROW_UP);
            keys(owner, "a");
            owner.waitFor(PAGE, d -> "accepted".equals(row(owner, a).getAttribute("data-decision")));
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), a).path("decision").asString()).isEqualTo("accepted");
            ctrl(owner, false);
            owner.waitFor(PAGE, d -> "rejected".equals(row(owner, a).getAttribute("data-decision")));
            ctrl(owner, true);
            owner.waitFor(PAGE, d -> "accepted".equals(row(owner, a).getAttribute("data-decision")));
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), a).path("decision").asString()).isEqualTo("accepted");

            // Six frames into the cut, S splits it there; M merges it back; two undos restore the split and then the original.
            keys(owner, Keys.ARROW_UP);
            owner.waitFor(PAGE, d -> isCurrent(owner, a));
            for (int i = 0; i < 6; i++) {
                new Actions(owner.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT).keyUp(Keys.SHIFT).perform();
            }
            double sixFrames = onFrame(start + 6.0 / FPS);
            keys(owner, "s");
            owner.waitFor(PAGE, d -> owner.findAll("#cut-list li.cutrow").size() == rows + 1);
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), a).path("end").asDouble()).isEqualTo(sixFrames);
            JsonNode second = talk.results().path("segmentsToRemove").valueStream()
                    .filter(c -> c.path("start").asDouble() == sixFrames && c.path("edit").asString().equals("added"))
                    .findFirst().orElseThrow();
            assertThat(second.path("end").asDouble()).isEqualTo(cut.path("end").asDouble());
            assertThat(second.path("source").asString()).as("still the analyser's finding").isEqualTo("local");
            keys(owner, "m");
            owner.waitFor(PAGE, d -> owner.findAll("#cut-list li.cutrow").size() == rows);
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), a).path("end").asDouble()).isEqualTo(cut.path("end").asDouble());
            ctrl(owner, false);
            owner.waitFor(PAGE, d -> owner.findAll("#cut-list li.cutrow").size() == rows + 1);
            ctrl(owner, false);
            owner.waitFor(PAGE, d -> owner.findAll("#cut-list li.cutrow").size() == rows);
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), a)).isEqualTo(cut);

            // [ moves the cut's start to the playhead; undo puts it back.
            keys(owner, "[");
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), a).path("start").asDouble()).isEqualTo(sixFrames);
            ctrl(owner, false);
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), a)).isEqualTo(cut);

            // I, nine frames, O, C: a cut of nine frames from the playhead, of the category the bar shows.
            keys(owner, "i");
            for (int i = 0; i < 9; i++) {
                new Actions(owner.driver()).keyDown(Keys.SHIFT).sendKeys(Keys.ARROW_RIGHT).keyUp(Keys.SHIFT).perform();
            }
            keys(owner, "o");
            owner.waitFor(PAGE, d -> owner.find("#range-bar").isDisplayed());
            keys(owner, "c");
            owner.waitFor(PAGE, d -> owner.findAll("#cut-list li.cutrow").size() == rows + 1);
            awaitSaved(owner);
            JsonNode added = talk.results().path("segmentsToRemove").valueStream()
                    .filter(c -> c.path("source").asString().equals("reviewer")).findFirst().orElseThrow();
            assertThat(added.path("start").asDouble()).isEqualTo(sixFrames);
            assertThat(added.path("end").asDouble()).isEqualTo(onFrame(start + 15.0 / FPS));
            assertThat(added.path("category").asString()).isEqualTo("pause");
            ctrl(owner, false);
            owner.waitFor(PAGE, d -> owner.findAll("#cut-list li.cutrow").size() == rows);
            awaitSaved(owner);
            assertThat(owner.scriptErrors()).isEmpty();
        }
    }

    @Test
    void stepsMadeWhileOneIsSavingGoTogetherAndTooManyRequestsIsWaitedOut() throws Exception {
        try (Chromium owner = talk.owner()) {
            openWorkspace(owner, "/jobs/" + talk.jobId());
            JsonNode results = talk.results();
            String a = firstPauseAfter(results, 500).path("id").asString();
            String b = nextCut(results, a);
            String c = nextCut(results, b);
            // The first save meets the session's rate limit (a 429 as RateLimits answers it); the rest go through.
            owner.script("""
                    window.posts = []; const real = window.fetch; let refused = false;
                    window.fetch = (url, init) => {
                      if (String(url).endsWith('/review')) {
                        window.posts.push(JSON.parse(init.body).changes.length);
                        if (!refused) {
                          refused = true;
                          return Promise.resolve(new Response('{"error":"rate_limited","message":"Too many requests."}',
                            {status: 429, headers: {'Content-Type': 'application/json', 'Retry-After': '1'}}));
                        }
                      }
                      return real(url, init);
                    };""");
            selectRow(owner, a);
            keys(owner, "rrr");
            awaitSaved(owner);
            JsonNode after = talk.results();
            assertThat(List.of(a, b, c)).allSatisfy(id -> assertThat(cutOf(after, id).path("decision").asString())
                    .isEqualTo("rejected"));
            assertThat(owner.script("return window.posts;")).as("one refused, then the three together")
                    .isEqualTo(List.of(1L, 3L));
            assertThat(owner.find("#review-error").isDisplayed()).isFalse();

            for (int i = 0; i < 3; i++) {
                ctrl(owner, false);
            }
            owner.waitFor(PAGE, d -> "accepted".equals(row(owner, a).getAttribute("data-decision")));
            awaitSaved(owner);
            JsonNode undone = talk.results();
            assertThat(List.of(a, b, c)).allSatisfy(id -> assertThat(cutOf(undone, id).path("decision").asString())
                    .isEqualTo("accepted"));
            assertThat(owner.scriptErrors()).isEmpty();
        }
    }

    @Test
    void theSharedPageShowsTheSameWorkspaceReadOnlyWithItsExports() throws Exception {
        TestServer server = talk.server();
        JsonNode share = TestServer.JSON.readTree(server.send(server.request(talk.session(),
                "/api/videos/" + talk.jobId() + "/share").POST(HttpRequest.BodyPublishers.noBody())
                .build()).body());
        String token = share.path("token").asString();
        try (Chromium guest = new Chromium(talk.base())) {
            openWorkspace(guest, "/s/" + token);
            int cuts = talk.results().path("segmentsToRemove").size();
            assertThat(guest.findAll("#cut-list li.cutrow")).hasSize(cuts);
            assertThat(guest.findAll("#timeline .cut")).hasSize(cuts);
            assertThat(guest.findAll(".toggle, .tl-edge, #undo, #bulk, #delete-job, #create-share, #add-cut")).isEmpty();
            String edl = guest.find("#exports a[data-format=edl]").getAttribute("href");
            assertThat(edl).endsWith("/api/shared/" + token + "/export/edl");
            assertThat(guest.fetchText(edl).lines()).containsExactlyElementsOf(
                    server.get(talk.session(), "/api/export/" + talk.jobId() + "/edl").body().lines().toList());

            // The keys that only look work; the ones that change the cut list do nothing here.
            String id = firstPauseAfter(talk.results(), 400).path("id").asString();
            selectRow(guest, id);
            keys(guest, "r");
            keys(guest, Keys.ARROW_DOWN);
            awaitMovedOn(guest, id);
            assertThat(row(guest, id).getAttribute("data-decision")).isEqualTo("accepted");
            assertThat(cutOf(talk.results(), id).path("decision").asString()).isEqualTo("accepted");
            zoomTo(guest, 30);
            guest.screenshot("shared-workspace-1280", 1280);
            assertThat(guest.scriptErrors()).isEmpty();
            assertCleanText(guest);
        } finally {
            server.send(server.request(talk.session(), "/api/videos/" + talk.jobId() + "/share").DELETE().build());
        }
    }

    @Test
    void aCutToReviewIsShownApartKeptInTheEditAndAcceptedWithTheKeyA() throws Exception {
        TestServer server = talk.server();
        // The black stretch at 100 s, while the talk goes on: a picture fault that would cut words.
        JsonNode black = talk.results().path("segmentsToRemove").valueStream()
                .filter(c -> c.path("category").asString().equals("technical") && c.path("start").asDouble() > 99)
                .findFirst().orElseThrow();
        String id = black.path("id").asString();
        String was = black.path("decision").asString();
        long endFrame = Math.round(black.path("end").asDouble() * FPS);
        try (Chromium owner = talk.owner()) {
            // Left to review, as the analysis leaves such a cut, whatever it did with this one.
            decide(server, id, "review");
            openWorkspace(owner, "/jobs/" + talk.jobId());
            List<EdlEvent> reviewing = EdlEvent.parse(owner.fetchText("/api/export/" + talk.jobId() + "/edl"));
            assertThat(reviewing).as("the black stretch stays in the edit").noneMatch(e -> e.in() == endFrame);
            assertThat(row(owner, id).getAttribute("data-decision")).isEqualTo("review");
            assertThat(row(owner, id).getAttribute("class")).contains("decision-review").doesNotContain("rejected");
            assertThat(row(owner, id).getText()).contains("To review", "Kept in until you accept it",
                    black.path("reason").asString());
            assertThat(owner.find("#timeline .cut[data-id='" + id + "']").getAttribute("class")).contains("review");
            assertThat(owner.find("#review-actions").getText()).contains("to review:");
            String remaining = owner.find("#remaining-length").getText();
            zoomTo(owner, 30);
            owner.screenshot("workspace-review-cut-1280", 1280);

            selectRow(owner, id);
            keys(owner, "a");
            owner.waitFor(PAGE, d -> "accepted".equals(row(owner, id).getAttribute("data-decision")));
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), id).path("decision").asString()).isEqualTo("accepted");
            assertThat(owner.find("#remaining-length").getText()).as("its time is cut now").isNotEqualTo(remaining);
            List<EdlEvent> accepted = EdlEvent.parse(owner.fetchText("/api/export/" + talk.jobId() + "/edl"));
            assertThat(accepted).as("the kept part around it is two now").hasSize(reviewing.size() + 1)
                    .anyMatch(e -> e.in() == endFrame);

            // Undo puts it back to review, on the page and on the server.
            ctrl(owner, false);
            owner.waitFor(PAGE, d -> "review".equals(row(owner, id).getAttribute("data-decision")));
            awaitSaved(owner);
            assertThat(cutOf(talk.results(), id).path("decision").asString()).isEqualTo("review");
            assertThat(owner.scriptErrors()).isEmpty();
            assertCleanText(owner);
        } finally {
            decide(server, id, was);
        }
    }

    private static void decide(TestServer server, String id, String decision) throws Exception {
        var r = server.send(server.request(talk.session(), "/api/videos/" + talk.jobId() + "/review")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"changes\": [{\"cutId\": \"" + id + "\", \"decision\": \"" + decision + "\"}]}")).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void pagesSayWhatIsThereAndWhatIsNot() {
        try (Chromium browser = talk.owner()) {
            browser.open("/jobs/00000000-0000-4000-8000-000000000000");
            browser.waitFor(PAGE, d -> browser.find("#job-error").isDisplayed());
            assertThat(browser.find("#job-title").getText()).isEqualTo("Video not found");
            assertThat(browser.find("#job-error").getText()).contains("was not found").doesNotContain("00000000");
            assertThat(browser.find("#not-found-actions a[href='/']").isDisplayed()).isTrue();
            assertThat(browser.find("#delete-job").isDisplayed()).isFalse();
            assertThat(browser.find("#chunks-card").isDisplayed()).isFalse();
            assertThat(browser.find("#close-note").isDisplayed()).isFalse();
            assertCleanText(browser);

            browser.open("/no/such/page");
            assertThat(browser.find("h1").getText()).isEqualTo("There is no page at this address");
            assertThat(browser.find("#go-home").getAttribute("href")).isEqualTo(talk.base() + "/");
            assertThat(browser.fetchText("/favicon.ico")).doesNotStartWith("HTTP ");

            // Without a Gemini key the home page promises what the local analyser finds, and no filler words.
            browser.open("/");
            browser.waitFor(PAGE, d -> browser.find("#findings").isDisplayed());
            assertThat(browser.find("#findings").getText()).contains("pauses", "dead air", "black or frozen video")
                    .doesNotContain("filler words");
            assertThat(browser.find("link[rel=icon]").getAttribute("href")).endsWith("/favicon.svg");
            // The analysis settings are offered with the server's defaults.
            browser.waitFor(PAGE, d -> browser.find("#min-pause-hint").getAttribute("textContent").contains("Default"));
            assertThat(browser.find("#min-pause").getAttribute("value")).isEqualTo("1");
            assertThat(browser.find("#margin").getAttribute("value")).isEqualTo("0.2");
            assertThat(browser.find("#picture-checks").getAttribute("value")).isEqualTo("auto");
            assertThat(browser.scriptErrors()).isEmpty();
        }
    }

    // ---- the result as the server has it ----

    private static String nextCut(JsonNode results, String id) {
        List<JsonNode> cuts = results.path("segmentsToRemove").valueStream().toList();
        for (int i = 0; i < cuts.size() - 1; i++) {
            if (cuts.get(i).path("id").asString().equals(id)) {
                return cuts.get(i + 1).path("id").asString();
            }
        }
        throw new AssertionError("no cut after " + id);
    }

    /** Each cut's decision by id, of one category or (null) of all. */
    private static Map<String, String> decisions(JsonNode results, String category) {
        Map<String, String> decisions = new HashMap<>();
        results.path("segmentsToRemove").forEach(c -> {
            if (category == null || c.path("category").asString().equals(category)) {
                decisions.put(c.path("id").asString(), c.path("decision").asString());
            }
        });
        return decisions;
    }

    static JsonNode firstPauseAfter(JsonNode results, double seconds) {
        return results.path("segmentsToRemove").valueStream()
                .filter(c -> c.path("category").asString().equals("pause") && c.path("start").asDouble() > seconds
                        && c.path("edit").isMissingNode())
                .findFirst().orElseThrow();
    }

    static JsonNode cutOf(JsonNode results, String id) {
        return results.path("segmentsToRemove").valueStream().filter(c -> c.path("id").asString().equals(id))
                .findFirst().orElseThrow();
    }

    private static JsonNode silenceAround(Chromium browser, double t) {
        JsonNode wave = TestServer.JSON.readTree(browser.fetchText("/api/videos/" + talk.jobId() + "/waveform"));
        return wave.path("silences").valueStream()
                .filter(s -> s.path("start").asDouble() <= t && s.path("end").asDouble() >= t)
                .findFirst().orElseThrow();
    }

    static double onFrame(double seconds) {
        return Math.round(Math.round(seconds * FPS) * 1000.0 / FPS) / 1000.0;
    }

    /** One event of a CMX3600 EDL: the source in and out points, in frames. */
    record EdlEvent(long in, long out) {

        static List<EdlEvent> parse(String edl) {
            return edl.lines().filter(l -> l.matches("^\\d{3} .*")).map(l -> {
                String[] f = l.trim().split("\\s+");
                return new EdlEvent(frames(f[4]), frames(f[5]));
            }).toList();
        }

        private static long frames(String timecode) {
            String[] p = timecode.split(":");
            return ((Long.parseLong(p[0]) * 60 + Long.parseLong(p[1])) * 60 + Long.parseLong(p[2])) * FPS
                    + Long.parseLong(p[3]);
        }
    }
}
