package uk.sexualsafety.cop.portal.policy;

import java.util.Objects;

/**
 * A file as a member's browser sent it. Its name is only kept for downloads: what the file is, is decided from its
 * content.
 *
 * @param fileName the name without any folder, without control characters, at most 200 characters
 */
public record UploadedFile(String fileName, byte[] bytes) {

    public UploadedFile {
        Objects.requireNonNull(bytes, "bytes");
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

    public long size() {
        return bytes.length;
    }

    @Override
    public String toString() {
        // Never the name: a file name can say something about someone.
        return "UploadedFile[" + bytes.length + " bytes]";
    }
}
