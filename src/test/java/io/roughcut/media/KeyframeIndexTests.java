package io.roughcut.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.roughcut.testing.TestMedia;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyframeIndexTests {

    @TempDir
    Path dir;

    private final MediaProbe probe = new MediaProbe(TestMedia.ffmpeg());

    @Test
    void theSampleTablesAgreeWithFfprobeOnAFaststartMp4WithBFrames() {
        Path mp4 = MediaSamples.mp4H264Aac(dir, "bframes.mp4", 4, "-g", "30", "-movflags", "+faststart");

        List<KeyframeIndex.Packet> packets = assertTablesMatchFfprobe(mp4);

        assertThat(packets).anySatisfy(p -> assertThat(p.decodeTime()).isLessThan(p.time()));
    }

    @Test
    void theSampleTablesAgreeWithFfprobeWhenTheIndexIsAtTheEnd() {
        assertTablesMatchFfprobe(MediaSamples.mp4H264Aac(dir, "index-last.mp4", 2, "-g", "15"));
    }

    @Test
    void theSampleTablesAgreeWithFfprobeWithoutAudio() {
        assertTablesMatchFfprobe(MediaSamples.mp4WithoutAudio(dir));
    }

    @Test
    void theSampleTablesAgreeWithFfprobeOnWhatTheNormalizerWrites() {
        MediaInfo mov = probe.probe(MediaSamples.movH264Pcm(dir));
        NormalizedMedia normalized = new Normalizer(TestMedia.ffmpeg(), "ultrafast").normalize(mov, dir, f -> { });

        assertTablesMatchFfprobe(normalized.file());
    }

    @Test
    void aFragmentedMp4IsReadThroughFfprobe() {
        Path fragmented = MediaSamples.mp4H264Aac(dir, "fragmented.mp4", 2, "-g", "30",
                "-movflags", "frag_keyframe+empty_moov");
        MediaInfo info = probe.probe(fragmented);

        KeyframeIndex index = KeyframeIndex.read(TestMedia.ffmpeg(), info);

        assertThat(Mp4SampleTables.read(fragmented)).isEmpty();
        // Without an edit list the B-frame delay stays in the timestamps, so only the spacing is known.
        assertThat(index.keyframeTimes()).hasSize(2);
        assertThat(index.keyframeTimes().get(1) - index.keyframeTimes().get(0)).isCloseTo(1.0, within(0.001));
        assertThat(index.totalBytes()).isPositive();
    }

    @Test
    void sumsTheBytesOfAllStreamsBetweenTwoTimes() {
        KeyframeIndex index = KeyframeIndex.of(3, List.of(
                new KeyframeIndex.Packet(-0.02, -0.02, 5, false),
                new KeyframeIndex.Packet(0, -0.06, 100, true),
                new KeyframeIndex.Packet(0.5, 0.5, 10, false),
                new KeyframeIndex.Packet(1, 0.94, 200, true),
                new KeyframeIndex.Packet(2.5, 2.5, 1000, false)));

        assertThat(index.keyframeTimes()).containsExactly(0.0, 1.0);
        assertThat(index.bytesBetween(0, 1)).isEqualTo(115);
        assertThat(index.bytesBetween(1, 3)).isEqualTo(1200);
        assertThat(index.totalBytes()).isEqualTo(1315);
        assertThat(index.keyframeDecodeTime(1.0)).isEqualTo(0.94);
    }

    private List<KeyframeIndex.Packet> assertTablesMatchFfprobe(Path mp4) {
        MediaInfo info = probe.probe(mp4);
        Optional<List<KeyframeIndex.Packet>> fromTables = Mp4SampleTables.read(mp4);
        List<KeyframeIndex.Packet> fromFfprobe = KeyframeIndex.ffprobePackets(TestMedia.ffmpeg(), info);

        assertThat(fromTables).as("moov parsed").isPresent();
        List<KeyframeIndex.Packet> tables = sorted(fromTables.get());
        List<KeyframeIndex.Packet> ffprobe = sorted(fromFfprobe);
        assertThat(tables).hasSameSizeAs(ffprobe);
        for (int i = 0; i < tables.size(); i++) {
            assertThat(tables.get(i).time()).isCloseTo(ffprobe.get(i).time(), within(0.001));
            assertThat(tables.get(i).decodeTime()).isCloseTo(ffprobe.get(i).decodeTime(), within(0.001));
            assertThat(tables.get(i).sizeBytes()).isEqualTo(ffprobe.get(i).sizeBytes());
            assertThat(tables.get(i).keyframe()).isEqualTo(ffprobe.get(i).keyframe());
        }
        KeyframeIndex a = KeyframeIndex.of(info.durationSeconds(), fromTables.get());
        KeyframeIndex b = KeyframeIndex.of(info.durationSeconds(), fromFfprobe);
        assertThat(a.totalBytes()).isEqualTo(b.totalBytes());
        assertThat(a.keyframeTimes()).hasSameSizeAs(b.keyframeTimes());
        for (int i = 0; i < a.keyframeTimes().size(); i++) {
            assertThat(a.keyframeTimes().get(i)).isCloseTo(b.keyframeTimes().get(i), within(0.001));
        }
        return tables;
    }

    private static List<KeyframeIndex.Packet> sorted(List<KeyframeIndex.Packet> packets) {
        // ffprobe prints microseconds, the tables give exact ticks: compare on a coarser clock so near ties
        // between an audio and a video packet sort the same way in both lists.
        return packets.stream().sorted(Comparator.comparingLong((KeyframeIndex.Packet p) -> Math.round(p.time() * 10_000))
                .thenComparingLong(KeyframeIndex.Packet::sizeBytes)).toList();
    }
}
