package uk.sexualsafety.cop.portal.policy.extraction;

import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.tika.io.TikaInputStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A document's bytes as the checks read them: from a file, as uploads arrive (so that a large file is never held in
 * memory), or from memory, as the demo's own documents are made.
 */
sealed interface DocumentContent {

    long size();

    /** For Tika: from a file, Tika reads it in place rather than spooling it again. */
    TikaInputStream open() throws IOException;

    /** For the archive's central directory, which is read from the end. */
    SeekableByteChannel channel() throws IOException;

    /** At most the last {@code count} bytes. */
    default byte[] tail(int count) throws IOException {
        try (SeekableByteChannel channel = channel()) {
            long size = channel.size();
            int length = (int) Math.min(count, size);
            ByteBuffer buffer = ByteBuffer.allocate(length);
            channel.position(size - length);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // fill
            }
            return buffer.array();
        }
    }

    static DocumentContent of(Path file) {
        return new OnDisk(file);
    }

    static DocumentContent of(byte[] bytes) {
        return new InMemory(bytes);
    }

    record OnDisk(Path file) implements DocumentContent {
        @Override
        public long size() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public TikaInputStream open() throws IOException {
            return TikaInputStream.get(file);
        }

        @Override
        public SeekableByteChannel channel() throws IOException {
            return Files.newByteChannel(file, StandardOpenOption.READ);
        }
    }

    record InMemory(byte[] bytes) implements DocumentContent {
        @Override
        public long size() {
            return bytes.length;
        }

        @Override
        public TikaInputStream open() {
            return TikaInputStream.get(bytes);
        }

        @Override
        public SeekableByteChannel channel() {
            return new SeekableInMemoryByteChannel(bytes);
        }
    }
}
