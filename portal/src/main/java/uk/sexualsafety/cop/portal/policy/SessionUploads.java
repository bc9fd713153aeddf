package uk.sexualsafety.cop.portal.policy;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The uploads of one browser session that are waiting to be saved. Kept as an attribute of the servlet session, it
 * hears when the session ends (signed out, expired, ended from another device) and has their files deleted then, so
 * that no upload outlives the session whose form it was for.
 */
public final class SessionUploads implements HttpSessionBindingListener {

    /** The session attribute's name. */
    public static final String ATTRIBUTE = SessionUploads.class.getName();

    private final PolicyUploads uploads;
    private final Set<Path> files = ConcurrentHashMap.newKeySet();

    SessionUploads(PolicyUploads uploads) {
        this.uploads = uploads;
    }

    void add(Path file) {
        files.add(file);
    }

    boolean remove(Path file) {
        return files.remove(file);
    }

    int count() {
        return files.size();
    }

    @Override
    public void valueUnbound(HttpSessionBindingEvent event) {
        uploads.discardAll(this);
    }

    Set<Path> files() {
        return Set.copyOf(files);
    }
}
