package uk.sexualsafety.cop.portal.policy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyUploadsTest {

    private static final long LIMIT = 100_000;

    private final AtomicLong member = new AtomicLong(1);
    private final PolicyUploads uploads = new PolicyUploads(member::get, LIMIT);
    private final SessionUploads session = uploads.newSessionUploads();

    @AfterEach
    void stop() {
        uploads.deleteEverything();
    }

    @Test
    void anUploadIsStreamedToATemporaryFileThatOnlyItsHandleNames() throws Exception {
        byte[] content = "%PDF-1.7 a policy".getBytes();

        UploadedFile file = uploads.receive(session, "C:\\policies\\Our policy.pdf", new ByteArrayInputStream(content));

        assertThat(file.fileName()).isEqualTo("Our policy.pdf");
        assertThat(file.size()).isEqualTo(content.length);
        assertThat(Files.readAllBytes(file.path())).isEqualTo(content);
        assertThat(uploads.heldBy(1)).isEqualTo(1);
    }

    @Test
    void anUploadPastTheLimitIsStoppedWhileItStreamsAndLeavesNothing() {
        EndlessStream endless = new EndlessStream();

        assertThatThrownBy(() -> uploads.receive(session, "huge.pdf", endless))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("file"))
                        .startsWith("This file is more than 98 KB"));

        assertThat(endless.read).as("bytes read from the browser").isEqualTo(LIMIT + 1);
        assertThat(session.files()).isEmpty();
        assertThat(uploads.heldBy(1)).isZero();
    }

    @Test
    void aFileOfExactlyTheLimitIsTaken() {
        UploadedFile file = uploads.receive(session, "full.pdf", new ByteArrayInputStream(new byte[(int) LIMIT]));

        assertThat(file.size()).isEqualTo(LIMIT);
    }

    @Test
    void aMemberHoldsAtMostTwoUploadsAtOnceAndDiscardingOneMakesRoom() {
        UploadedFile first = uploads.receive(session, "1.pdf", new ByteArrayInputStream(new byte[10]));
        SessionUploads otherTab = uploads.newSessionUploads();
        uploads.receive(otherTab, "2.pdf", new ByteArrayInputStream(new byte[10]));

        assertThatThrownBy(() -> uploads.receive(session, "3.pdf", new ByteArrayInputStream(new byte[10])))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get("file"))
                        .contains("already uploading 2 files"));
        member.set(2);
        assertThat(uploads.receive(session, "theirs.pdf", new ByteArrayInputStream(new byte[10]))).isNotNull();
        member.set(1);

        uploads.discard(session, first);

        assertThat(first.path()).doesNotExist();
        assertThat(uploads.heldBy(1)).isEqualTo(1);
        assertThat(uploads.receive(session, "3.pdf", new ByteArrayInputStream(new byte[10]))).isNotNull();
    }

    @Test
    void discardingTwiceCountsOnce() {
        UploadedFile file = uploads.receive(session, "1.pdf", new ByteArrayInputStream(new byte[10]));
        uploads.receive(session, "2.pdf", new ByteArrayInputStream(new byte[10]));

        uploads.discard(session, file);
        uploads.discard(session, file);

        assertThat(uploads.heldBy(1)).isEqualTo(1);
    }

    @Test
    void whenTheSessionEndsItsUploadsAreDeleted() {
        MockHttpSession httpSession = new MockHttpSession();
        httpSession.setAttribute(SessionUploads.ATTRIBUTE, session);
        UploadedFile first = uploads.receive(session, "1.pdf", new ByteArrayInputStream(new byte[10]));
        UploadedFile second = uploads.receive(session, "2.pdf", new ByteArrayInputStream(new byte[10]));

        httpSession.invalidate();

        assertThat(first.path()).doesNotExist();
        assertThat(second.path()).doesNotExist();
        assertThat(uploads.heldBy(1)).isZero();
    }

    /** A browser that would send for ever; counts what the server reads. */
    private static final class EndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            read += length;
            return length;
        }
    }
}
