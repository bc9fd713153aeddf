package uk.sexualsafety.cop.portal.policy.extraction;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;

/**
 * Checks a Word or OpenDocument file, which is a zip archive, before any parser opens it: reads the archive's central
 * directory (what parsers read too) and unpacks every entry into a small buffer, counting. It refuses an archive with
 * too many entries, one whose entries unpack to more than the limit in all, or a large entry that unpacks to more than
 * the ratio allows over its compressed size: the signs of a "zip bomb". Nothing is kept; the counting bounds the work.
 */
final class ArchiveInspector {

    /** Small entries may compress very well (repeated XML): the ratio counts only above this size. */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private final DocumentLimits limits;

    ArchiveInspector(DocumentLimits limits) {
        this.limits = limits;
    }

    void inspect(DocumentContent archive) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(archive.channel()).get()) {
            int entries = 0;
            long unpacked = 0;
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry entry = all.nextElement();
                if (++entries > limits.maxArchiveEntries()) {
                    throw Refusals.unsafeArchive();
                }
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    throw Refusals.encrypted();
                }
                if (!zip.canReadEntryData(entry)) {
                    throw Refusals.damaged();
                }
                unpacked += unpack(zip, entry, unpacked);
            }
            if (entries == 0) {
                throw Refusals.damaged();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedDocumentException refused) {
                throw refused;
            }
            // A broken directory, a bad entry, an unknown compression: a parser could not read it either.
            throw Refusals.damaged();
        }
    }

    /** Unpacks one entry, counting; returns its unpacked size. */
    private long unpack(ZipFile zip, ZipArchiveEntry entry, long unpackedBefore) throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        byte[] buffer = new byte[8192];
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                size += read;
                if (unpackedBefore + size > limits.maxUnpackedBytes()) {
                    throw Refusals.unsafeArchive();
                }
                if (size > RATIO_GRACE_BYTES && size > compressed * limits.maxInflateRatio()) {
                    throw Refusals.unsafeArchive();
                }
            }
        }
        return size;
    }
}
