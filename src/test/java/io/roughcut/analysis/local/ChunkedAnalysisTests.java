package io.roughcut.analysis.local;

import static io.roughcut.analysis.local.PauseDetectionTests.assertCut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.ChunkInput;
import io.roughcut.analysis.Fragment;
import io.roughcut.analysis.RecordingProfile;
import io.roughcut.analysis.Segment;
import io.roughcut.media.MediaInfo;
import io.roughcut.media.PlannedChunk;
import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 20 s talk in a noisy room, cut into chunks at 7 s and 14 s (keyframes) as the chunk cutter does, must
 * give the cuts it gives whole. Silence 6.4-7.6 spans the first boundary and is too short on either side;
 * black video 6.7-7.3 spans it too; silence 13.6-14.3 spans the second and is too short even joined.
 */
class ChunkedAnalysisTests {

    private static final double[] BOUNDARIES = {0, 7, 14};

    @TempDir
    static Path dir;
    static Path file;
    static MediaInfo info;
    static RecordingProfile profile;

    private static final LocalAnalyzer analyzer = new LocalAnalyzer(TestMedia.ffmpeg(), LocalSettings.DEFAULT);

    @BeforeAll
    static void generate() {
        file = TalkMedia.of(20).noise(TalkMedia.NOISY_ROOM)
                .speech(1.2, 6.4).speech(7.6, 9.0).speech(10.5, 13.6).speech(14.3, 18)
                .videoFilter("drawbox=enable='between(t,6.7,7.299)':color=black:t=fill")
                .write(dir, "talk.mp4");
        info = TalkMedia.info(file);
        profile = analyzer.profile(TalkMedia.recording(file));
    }

    @Test
    void wholeRecordingGivesTheCutsByConstruction() {
        List<Segment> cuts = analyzer.analyze(TalkMedia.whole(file, profile)).segments();

        assertThat(cuts).hasSize(5);
        assertCut(cuts.get(0), Category.DEAD_AIR, 0.0, 1.0);
        assertCut(cuts.get(1), Category.PAUSE, 6.6, 7.4);
        assertCut(cuts.get(2), Category.TECHNICAL, 6.7, 7.3);
        assertCut(cuts.get(3), Category.PAUSE, 9.2, 10.3);
        assertCut(cuts.get(4), Category.DEAD_AIR, 18.2, 20.0);
    }

    @Test
    void aMiddleChunkMarksWhatRunsOverItsEdges() {
        List<Segment> cuts = analyzer.analyze(chunk(1)).segments();

        assertThat(cuts).hasSize(4);
        Segment silenceIn = cuts.stream().filter(s -> s.category() == Category.PAUSE).findFirst().orElseThrow();
        Segment blackIn = cuts.stream().filter(s -> s.category() == Category.TECHNICAL).findFirst().orElseThrow();
        assertCut(silenceIn, Category.PAUSE, 0.0, 0.4);
        assertThat(silenceIn.fragment()).isEqualTo(new Fragment("silence", 0.0, silenceIn.fragment().rawEnd(), 1.0,
                true, false));
        assertThat(silenceIn.fragment().rawEnd()).isCloseTo(0.6, within(0.05));
        assertCut(blackIn, Category.TECHNICAL, 0.0, 0.3);
        assertThat(blackIn.fragment().openStart()).isTrue();
        assertThat(blackIn.fragment().openEnd()).isFalse();
        assertThat(blackIn.fragment().kind()).isEqualTo("black video");

        assertCut(cuts.get(2), Category.PAUSE, 2.2, 3.3);
        assertThat(cuts.get(2).fragment()).isNull();

        // 0.4 s of silence before the chunk's end: far below the minimum, and still reported, uncut by a margin.
        Segment silenceOut = cuts.get(3);
        assertCut(silenceOut, Category.PAUSE, 6.8, 7.0);
        assertThat(silenceOut.fragment().openStart()).isFalse();
        assertThat(silenceOut.fragment().openEnd()).isTrue();
        assertThat(silenceOut.fragment().rawStart()).isCloseTo(6.6, within(0.05));
        assertThat(silenceOut.fragment().minSeconds()).isEqualTo(1.0);
    }

    @Test
    void chunksJoinedByTheAggregatorsRuleGiveTheCutsOfTheWhole() {
        List<Segment> whole = analyzer.analyze(TalkMedia.whole(file, profile)).segments();

        List<Segment> joined = ChunkedRun.analyse(analyzer, file, info, BOUNDARIES, profile, dir);

        assertThat(joined).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            assertCut(joined.get(i), whole.get(i).category(), whole.get(i).start(), whole.get(i).end());
        }
    }

    @Test
    void aChunkWhoseFileOverlapsTheNextIsAnalysedToTheEndOfItsFile() {
        // Chunk 0 owns 0-7 and its file runs on to 8, past the end of the silence at 7.6.
        Path chunkFile = TalkMedia.cut(file, 0, 8, dir.resolve("overlap-0.mp4"));
        ChunkInput overlapping = new ChunkInput(chunkFile, new PlannedChunk(0, 0, 7, 8, 0), 3, info, profile);

        List<Segment> cuts = analyzer.analyze(overlapping).segments();

        Segment pause = cuts.stream().filter(s -> s.category() == Category.PAUSE).findFirst().orElseThrow();
        assertCut(pause, Category.PAUSE, 6.6, 7.4);
        assertThat(pause.fragment()).isNull();
        assertThat(cuts).filteredOn(s -> s.category() == Category.TECHNICAL).singleElement()
                .satisfies(black -> assertCut(black, Category.TECHNICAL, 6.7, 7.3));
    }

    private static ChunkInput chunk(int index) {
        return ChunkedRun.chunk(file, info, BOUNDARIES, index, profile, dir);
    }
}
