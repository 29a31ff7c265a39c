package io.roughcut.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CostCommandTests {

    @Test
    void anHourAtTheDefaultsStaysUnderAQuarterOfADollar() {
        CommandRun run = CommandRun.of("cost");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("gemini-2.5-flash at LOW resolution").contains("6 chunks")
                .contains("237,600 tokens").contains("Estimated cost of 60 minutes: $0.230");
    }

    @Test
    void higherResolutionCostsMoreAndNonsenseIsAUsageError() {
        assertThat(CommandRun.of("cost", "--minutes", "30", "--resolution", "medium").out())
                .contains("Estimated cost of 30 minutes: $0.2");
        assertThat(CommandRun.of("cost", "--minutes", "-5").exitCode()).isEqualTo(2);
        assertThat(CommandRun.of("cost", "--resolution", "ultra").exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownModelIsAUsageErrorThatListsTheKnownOnes() {
        CommandRun run = CommandRun.of("cost", "--model", "gemini-9-ultra");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("gemini-9-ultra", "Known models", "gemini-2.5-flash", "gemini-2.5-pro");
        assertThat(run.out()).doesNotContain("$0.000");
    }
}
