package io.roughcut.analysis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.roughcut.analysis.Category;
import io.roughcut.analysis.Segment;
import io.roughcut.analysis.SegmentSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeminiAnswerParserTests {

    @Test
    void readsNumbersAndClockStrings() {
        List<Segment> segments = GeminiAnswerParser.parse("""
                {"segments":[
                 {"start":1.25,"end":2.5,"category":"pause","reason":"silence","confidence":0.9},
                 {"start":"01:02","end":"1:03.5","category":"filler_words","reason":"um","confidence":0.7,
                  "transcript":"um, so"},
                 {"start":"0:10:00","end":"0:10:01.5","category":"redundant","reason":"repeat","confidence":1}]}
                """, 900);

        assertThat(segments).extracting(Segment::start).containsExactly(1.25, 62.0, 600.0);
        assertThat(segments).extracting(Segment::end).containsExactly(2.5, 63.5, 601.5);
        assertThat(segments).extracting(Segment::category)
                .containsExactly(Category.PAUSE, Category.FILLER_WORDS, Category.REDUNDANT);
        assertThat(segments.get(1).transcript()).isEqualTo("um, so");
        assertThat(segments.get(0).transcript()).isNull();
        assertThat(segments).allMatch(s -> s.source() == SegmentSource.GEMINI);
    }

    @Test
    void clampsToTheChunkAndDropsWhatCannotBeACut() {
        List<Segment> segments = GeminiAnswerParser.parse("""
                {"segments":[
                 {"start":-2,"end":1,"category":"dead_air","reason":"start","confidence":0.9},
                 {"start":58,"end":75,"category":"pause","reason":"end","confidence":1.7},
                 {"start":70,"end":80,"category":"pause","reason":"outside","confidence":0.9},
                 {"start":5,"end":5,"category":"pause","reason":"empty","confidence":0.9},
                 {"start":9,"end":8,"category":"pause","reason":"backwards","confidence":0.9},
                 {"start":3,"end":4,"category":"sneeze","reason":"unknown","confidence":0.9},
                 {"start":"soon","end":4,"category":"pause","reason":"not a time","confidence":0.9}]}
                """, 60);

        assertThat(segments).extracting(Segment::reason).containsExactly("start", "end");
        assertThat(segments.get(0).start()).isZero();
        assertThat(segments.get(1).end()).isEqualTo(60.0);
        assertThat(segments.get(1).confidence()).isEqualTo(1.0);
    }

    @Test
    void acceptsABareListAndACodeFence() {
        assertThat(GeminiAnswerParser.parse("""
                ```json
                [{"start":1,"end":2,"category":"technical","reason":"cough","confidence":0.6}]
                ```""", 10)).singleElement().extracting(Segment::category).isEqualTo(Category.TECHNICAL);
    }

    @Test
    void anEmptyListIsAValidAnswer() {
        assertThat(GeminiAnswerParser.parse("{\"segments\":[]}", 10)).isEmpty();
    }

    @Test
    void emptyOrNonJsonAnswersAreErrors() {
        assertThatThrownBy(() -> GeminiAnswerParser.parse("  ", 10))
                .isInstanceOf(GeminiAnswerParser.BadAnswerException.class)
                .isNotInstanceOf(GeminiAnswerParser.TruncatedAnswerException.class);
        assertThatThrownBy(() -> GeminiAnswerParser.parse("I found three pauses.", 10))
                .isInstanceOf(GeminiAnswerParser.BadAnswerException.class)
                .isNotInstanceOf(GeminiAnswerParser.TruncatedAnswerException.class);
        assertThatThrownBy(() -> GeminiAnswerParser.parse("{\"cuts\":[]}", 10))
                .isInstanceOf(GeminiAnswerParser.BadAnswerException.class);
    }

    @Test
    void jsonThatStopsMidWayIsTruncated() {
        assertThatThrownBy(() -> GeminiAnswerParser.parse("{\"segments\":[{\"start\":1,\"end\":2,\"cat", 10))
                .isInstanceOf(GeminiAnswerParser.TruncatedAnswerException.class);
    }
}
