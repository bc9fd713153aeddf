package uk.sexualsafety.cop.portal.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file as a member's browser sent it, kept in a temporary file by {@link PolicyUploads} until it is saved or
 * discarded: the screen holds this handle, never the bytes. Its name is only kept for downloads: what the file is, is
 * decided from its content.
 *
 * @param fileName the name without any folder, without control characters, at most 200 characters
 * @param path     where its bytes are
 * @param size     how many bytes it has
 */
public record UploadedFile(String fileName, Path path, long size) {

    public UploadedFile {
        Objects.requireNonNull(path, "path");
        fileName = clean(fileName);
    }

    static String clean(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = base.codePoints().filter(c -> !Character.isISOControl(c) && c != '"')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (base.length() > 200) {
            int dot = base.lastIndexOf('.');
            String extension = dot > 0 && base.length() - dot <= 10 ? base.substring(dot) : "";
            base = base.substring(0, 200 - extension.length()) + extension;
        }
        return base.isEmpty() || base.equals(".") || base.equals("..") ? "policy" : base;
    }

    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    @Override
    public String toString() {
        // Never the name: a file name can say something about someone.
        return "UploadedFile[" + size + " bytes]";
    }
}
