package uk.sexualsafety.cop.portal.policy;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.policy.PolicyFilePartRepository;
import uk.sexualsafety.cop.db.policy.PolicyStatus;
import uk.sexualsafety.cop.db.policy.PolicyVersionRepository;
import uk.sexualsafety.cop.db.policy.StoredFile;
import uk.sexualsafety.cop.portal.audit.AuditTrail;

import java.io.IOException;
import java.io.InputStream;

/**
 * Downloads of policies' files, any version of an active policy, for members. Access is decided when the download
 * starts, on the download's own request; the bytes then come from the database one part at a time, each read in its
 * own short query, so that a slow download holds neither a transaction nor the whole file.
 */
@Service
@RolesAllowed(Role.Names.MEMBER)
public class PolicyFiles {

    private final PolicyVersionRepository versions;
    private final PolicyFilePartRepository parts;
    private final AuditTrail audit;

    PolicyFiles(PolicyVersionRepository versions, PolicyFilePartRepository parts, AuditTrail audit) {
        this.versions = versions;
        this.parts = parts;
        this.audit = audit;
    }

    /**
     * Each download is audited (which version, by whom) when it starts; the bytes are read after this returns.
     *
     * @throws PolicyNotFoundException for a version of a withdrawn or unknown policy
     */
    @Transactional
    public PolicyDownload open(long versionId) {
        StoredFile file = versions.findStoredFile(versionId)
                .filter(found -> found.policyStatus() == PolicyStatus.ACTIVE)
                .orElseThrow(PolicyNotFoundException::new);
        int partCount = Math.toIntExact(parts.countByVersionId(versionId));
        audit.record("POLICY_FILE_DOWNLOADED", "policy_version", versionId, null);
        return new PolicyDownload(file.fileName(), file.mediaType(), file.fileSize(),
                new PartsStream(versionId, partCount, parts));
    }

    /** Reads the parts in order, fetching the next only when the one before has been read. */
    private static final class PartsStream extends InputStream {

        private final long versionId;
        private final int partCount;
        private final PolicyFilePartRepository parts;
        private int nextPart;
        private byte[] current = new byte[0];
        private int position;

        PartsStream(long versionId, int partCount, PolicyFilePartRepository parts) {
            this.versionId = versionId;
            this.partCount = partCount;
            this.parts = parts;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, count);
            position += count;
            return count;
        }

        private boolean fill() throws IOException {
            while (position >= current.length) {
                if (nextPart >= partCount) {
                    return false;
                }
                int number = nextPart++;
                current = parts.findBytes(versionId, number)
                        .orElseThrow(() -> new IOException("Part " + number + " of version " + versionId
                                + " is missing"));
                position = 0;
            }
            return true;
        }
    }
}
