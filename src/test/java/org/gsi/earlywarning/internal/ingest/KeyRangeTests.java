package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRangeTests {

    @Test
    void digitKeysOfOneLengthGiveTheirRangeWithoutTheDatabase() {
        assertThat(ChunkWriter.digitKeyRange(List.of("0669301275", "0669301263", "0669301299")))
                .containsExactly("0669301263", "0669301299");
    }

    @Test
    void keysWhoseOrderDependsOnTheCollationAreLeftToTheDatabase() {
        // "9" sorts after "10" as text and before it as a number; letters and signs sort by collation
        assertThat(ChunkWriter.digitKeyRange(List.of("9", "10"))).isNull();
        assertThat(ChunkWriter.digitKeyRange(List.of("ETH1234", "ETH1235"))).isNull();
        assertThat(ChunkWriter.digitKeyRange(List.of("12-3", "12-4"))).isNull();
        assertThat(ChunkWriter.digitKeyRange(List.of("", "1"))).isNull();
        assertThat(ChunkWriter.digitKeyRange(List.of())).isNull();
    }
}
