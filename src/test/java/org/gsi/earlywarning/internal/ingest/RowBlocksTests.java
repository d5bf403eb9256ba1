package org.gsi.earlywarning.internal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Rows kept end to end in a chunk's blocks come back byte for byte, with their content hash, whatever their size. */
class RowBlocksTests {

    @Test
    void rowsComeBackAsTheyWereEncodedAcrossBlocks() throws Exception {
        BinaryCopy encoder = BinaryCopy.rowEncoder();
        RowBlocks blocks = new RowBlocks();
        List<byte[]> rows = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        // short rows that fill several blocks, and one longer than a block
        for (int n = 0; n < 12_000; n++) {
            String text = n == 5_000 ? "x".repeat(RowBlocks.BLOCK + 10) : "row " + n + " ".repeat(n % 700);
            String hash = String.format("%064x", n * 7_919L);
            encoder.row(4)
                    .text(text)
                    .date(LocalDate.of(2020, 1, 1).plusDays(n))
                    .text(hash)
                    .uuid(new UUID(n, -n));
            byte[] row = encoder.takeRow();
            rows.add(row);
            hashes.add(hash);
            positions.add(blocks.append(row));
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        BinaryCopy direct = new BinaryCopy(expected);
        BinaryCopy fromBlocks = new BinaryCopy(written);
        for (int n = 0; n < rows.size(); n++) {
            direct.encodedRow(rows.get(n));
            blocks.writeTo(fromBlocks, positions.get(n));
            assertThat(blocks.contentHash(positions.get(n))).isEqualTo(hashes.get(n));
        }
        direct.finish();
        fromBlocks.finish();
        assertThat(Arrays.equals(written.toByteArray(), expected.toByteArray())).isTrue();
        assertThat(written.size()).isGreaterThan(2 * RowBlocks.BLOCK);
    }

    @Test
    void aRowThatDoesNotEndWithAHashAndAJobIsRefused() throws Exception {
        BinaryCopy encoder = BinaryCopy.rowEncoder();
        encoder.row(2).text("no hash here").int4(3);
        RowBlocks blocks = new RowBlocks();
        long at = blocks.append(encoder.takeRow());
        assertThatThrownBy(() -> blocks.contentHash(at)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aWrittenChunksBlocksAreTakenAgainByTheNextChunkAndCannotBeReadAfter() throws Exception {
        RowBlocks.Pool pool = new RowBlocks.Pool();
        byte[] row = new byte[100_000];
        RowBlocks first = new RowBlocks(pool);
        long at = 0;
        for (int n = 0; n < 100; n++) {
            at = first.append(row);
        }
        long last = at;
        // a row larger than a block has a block of its own, which is not kept for others
        first.append(new byte[RowBlocks.BLOCK + 1]);
        first.release();
        assertThatThrownBy(() -> first.contentHash(last)).isInstanceOf(IndexOutOfBoundsException.class);

        byte[] reused = pool.take(10);
        byte[] another = pool.take(10);
        assertThat(reused).hasSize(RowBlocks.BLOCK).isNotSameAs(another);
        pool.giveBack(reused);
        pool.giveBack(another);

        RowBlocks second = new RowBlocks(pool);
        byte[] marked = new byte[] {1, 2, 3};
        long position = second.append(marked);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryCopy copy = new BinaryCopy(out);
        second.writeTo(copy, position);
        copy.finish();
        // the row's three bytes between the stream's header and its two-byte trailer, nothing of the first chunk's
        assertThat(Arrays.copyOfRange(out.toByteArray(), out.size() - 5, out.size() - 2))
                .containsExactly(1, 2, 3);
    }
}
