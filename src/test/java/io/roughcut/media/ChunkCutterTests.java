package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkCutterTests {

    /** About 500 KB over 10 s, so this makes five or six chunks. */
    private static final ChunkLimits SMALL = new ChunkLimits(120_000, Double.POSITIVE_INFINITY, 0);

    @TempDir
    static Path dir;

    static NormalizedMedia media;
    static KeyframeIndex index;

    private final ChunkCutter cutter = new ChunkCutter(TestMedia.ffmpeg(), 2);

    @BeforeAll
    static void generate() {
        // One keyframe a second and B-frames (veryfast uses them), so decode and presentation times differ.
        Path source = MediaSamples.mp4H264Aac(dir, "ten-seconds.mp4", 10, "-s", "320x240", "-g", "30",
                "-movflags", "+faststart");
        MediaInfo info = new MediaProbe(TestMedia.ffmpeg()).probe(source);
        media = new NormalizedMedia(source, info, Normalization.AS_IS);
        index = KeyframeIndex.read(TestMedia.ffmpeg(), info);
    }

    @Test
    void cutsChunksThatStartOnTheirKeyframeAtZeroAndAddUpToTheSource() {
        ChunkPlan plan = new ChunkPlanner().plan(index, SMALL);
        List<Double> progress = new CopyOnWriteArrayList<>();

        List<CutChunk> chunks = cutter.cut(media, index, plan, dir.resolve("chunks"), progress::add);

        assertThat(plan.size()).isGreaterThanOrEqualTo(4);
        assertThat(chunks).hasSize(plan.size());
        // By the seconds written, across the parallel runs: it only goes on, and ends whole.
        assertThat(progress).isSorted().doesNotHaveDuplicates().last().isEqualTo(1.0);
        assertThat(progress).hasSizeGreaterThanOrEqualTo(plan.size());
        double total = 0;
        int frames = 0;
        for (int i = 0; i < chunks.size(); i++) {
            CutChunk chunk = chunks.get(i);
            assertThat(chunk.plan()).isEqualTo(plan.chunks().get(i));
            assertThat(chunk.file().getFileName().toString()).isEqualTo(ChunkCutter.fileName(i));
            assertThat(chunk.sizeBytes()).isEqualTo(chunk.file().toFile().length()).isLessThanOrEqualTo(SMALL.maxChunkBytes());
            List<String[]> videoPackets = videoPackets(chunk.file());
            assertThat(videoPackets.getFirst()[1]).as("first packet of chunk %d is a keyframe", i).startsWith("K");
            assertThat(Double.parseDouble(videoPackets.getFirst()[0])).as("chunk %d starts at 0", i).isCloseTo(0, within(0.001));
            MediaInfo info = new MediaProbe(TestMedia.ffmpeg()).probe(chunk.file());
            assertThat(info.durationSeconds()).isCloseTo(chunk.plan().duration(), within(0.05));
            total += info.durationSeconds();
            frames += videoPackets.size();
        }
        assertThat(total).isCloseTo(media.info().durationSeconds(), within(0.1));
        assertThat(frames).isEqualTo(300);
        assertThat(chunks).extracting(c -> c.plan().start()).allSatisfy(t -> assertThat(index.keyframeTimes()).contains(t));
    }

    @Test
    void aChunkThatComesOutTooLargeIsSplitAndCutAgain() {
        // A plan made for a far larger limit, executed under a small one: the cutter must not pass it on.
        ChunkPlan generous = new ChunkPlanner().plan(index, new ChunkLimits(10_000_000, 6, 0));
        ChunkPlan tight = new ChunkPlan(generous.chunks(), generous.totalDuration(), SMALL.maxChunkBytes(),
                generous.maxChunkSeconds(), 0);

        List<CutChunk> chunks = cutter.cut(media, index, tight, dir.resolve("split"), done -> { });

        assertThat(chunks.size()).isGreaterThan(tight.size());
        assertThat(chunks).allSatisfy(c -> assertThat(c.sizeBytes()).isLessThanOrEqualTo(SMALL.maxChunkBytes()));
        for (int i = 0; i < chunks.size(); i++) {
            assertThat(chunks.get(i).plan().index()).isEqualTo(i);
            if (i > 0) {
                assertThat(chunks.get(i).plan().start()).isEqualTo(chunks.get(i - 1).plan().end());
            }
        }
        assertThat(chunks.getLast().plan().end()).isEqualTo(index.durationSeconds());
    }

    @Test
    void aKeyframeIntervalLargerThanTheLimitCannotBeCut() {
        ChunkPlan plan = new ChunkPlanner().plan(index, new ChunkLimits(20_000, Double.POSITIVE_INFINITY, 0));

        assertThatThrownBy(() -> cutter.cut(media, index, plan, dir.resolve("tiny"), done -> { }))
                .isInstanceOf(UncuttableMediaException.class).hasMessageContaining("keyframe");
    }

    @Test
    void withOverlapEachFileRunsIntoTheNextChunk() {
        ChunkPlan plan = new ChunkPlanner().plan(index, new ChunkLimits(250_000, Double.POSITIVE_INFINITY, 1.5));

        List<CutChunk> chunks = cutter.cut(media, index, plan, dir.resolve("overlap"), done -> { });

        CutChunk first = chunks.getFirst();
        assertThat(first.plan().fileEnd()).isEqualTo(first.plan().end() + 1.5);
        double fileDuration = new MediaProbe(TestMedia.ffmpeg()).probe(first.file()).durationSeconds();
        assertThat(fileDuration).isCloseTo(first.plan().fileDuration(), within(0.1));
    }

    @Test
    void cutsOneHalfOfAChunkOnItsOwn() throws Exception {
        PlannedChunk whole = new PlannedChunk(0, 2, 8, 8, index.bytesBetween(2, 8));
        PlannedChunk secondHalf = new ChunkPlanner().splitInHalf(index, whole).get(1);

        CutChunk cut = cutter.cutOne(media, index, secondHalf, Files.createDirectories(dir.resolve("one")).resolve("half.mp4"));

        assertThat(secondHalf.start()).isEqualTo(5.0);
        assertThat(videoPackets(cut.file())).hasSize(90);
    }

    @Test
    void cutsAFragmentedMp4ThatStartsAfterZero() {
        Path fragmented = MediaSamples.mp4H264Aac(dir, "fragmented.mp4", 3, "-g", "30",
                "-movflags", "frag_keyframe+empty_moov");
        MediaInfo info = new MediaProbe(TestMedia.ffmpeg()).probe(fragmented);
        NormalizedMedia asIs = new NormalizedMedia(fragmented, info, Normalization.AS_IS);
        KeyframeIndex fragmentedIndex = KeyframeIndex.read(TestMedia.ffmpeg(), info);
        ChunkPlan plan = new ChunkPlanner().plan(fragmentedIndex, new ChunkLimits(1_000_000, 1.0, 0));

        List<CutChunk> chunks = cutter.cut(asIs, fragmentedIndex, plan, dir.resolve("fragmented"), done -> { });

        // The first picture comes 67 ms in (the B-frame delay), and chunk 0 keeps that: chunk-relative times
        // stay chunk start + offset. Every later chunk starts on its keyframe at 0.
        double firstPicture = fragmentedIndex.keyframeTimes().getFirst();
        assertThat(firstPicture).isGreaterThan(0.05);
        assertThat(chunks).hasSize(3);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(videoPackets(c.file()).getFirst()[1]).startsWith("K");
            assertThat(Double.parseDouble(videoPackets(c.file()).getFirst()[0]))
                    .isCloseTo(c.plan().index() == 0 ? firstPicture : 0, within(0.002));
        });
        assertThat(chunks.stream().mapToInt(c -> videoPackets(c.file()).size()).sum()).isEqualTo(90);
    }

    /** Presentation time and flags of each video packet, in decode order. */
    static List<String[]> videoPackets(Path file) {
        String csv = TestMedia.ffmpeg().ffprobe(List.of("-select_streams", "v:0", "-show_entries", "packet=pts_time,flags",
                "-of", "csv=p=0", file.toString()), Duration.ofMinutes(1)).stdout();
        return csv.lines().filter(l -> !l.isBlank()).map(l -> l.split(",")).toList();
    }
}
