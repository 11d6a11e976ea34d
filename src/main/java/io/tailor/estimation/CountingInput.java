package io.tailor.estimation;

import io.tailor.console.Progress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input that tells the progress each megabyte it reads. */
final class CountingInput extends FilterInputStream {

    private final Progress progress;
    private long bytes;

    CountingInput(InputStream in, Progress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int read = super.read();
        if (read >= 0) {
            counted(1);
        }
        return read;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    private void counted(int read) {
        long before = bytes / 1_000_000L;
        bytes += read;
        long after = bytes / 1_000_000L;
        if (after > before) {
            progress.advance(after - before);
        }
    }
}
