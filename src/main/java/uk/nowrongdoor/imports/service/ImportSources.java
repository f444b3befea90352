package uk.nowrongdoor.imports.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import uk.nowrongdoor.base.domain.UserFacingException;

/**
 * Brings an import's data into a temporary file: from an upload, or from a URL on the configured allow-list. Never
 * from a path on the server, and never from a URL that is not https or not on the list (so an admin cannot make the
 * server read its own files or call internal addresses). Redirects are followed only to URLs on the list.
 */
@Component
class ImportSources {

    static final int MAX_REDIRECTS = 3;

    /** Opens a connection; tests put a local plain-HTTP server behind the https URLs. */
    @FunctionalInterface
    interface Opener {
        HttpURLConnection open(URI uri) throws IOException;
    }

    private final ImportProperties properties;
    private final Opener opener;

    @Autowired
    ImportSources(ImportProperties properties) {
        this(properties, uri -> (HttpURLConnection) uri.toURL().openConnection());
    }

    ImportSources(ImportProperties properties, Opener opener) {
        this.properties = properties;
        this.opener = opener;
    }

    /** The URL, checked against the allow-list; refused with a message the admin can act on. */
    URI allowedUrl(String url) {
        String s = url.strip();
        if (properties.allowedUrls().isEmpty()) {
            throw new UserFacingException(
                    "Imports from a URL are switched off: upload the file instead, or ask for the URL to be added to"
                            + " nwd.imports.allowed-urls.");
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new UserFacingException("This is not a URL.");
        }
        if (!"https".equals(uri.getScheme())
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null
                || !uri.normalize().equals(uri)
                || !isOnList(s, properties.allowedUrls())) {
            throw new UserFacingException("This URL is not on the list of allowed import sources.");
        }
        return uri;
    }

    /**
     * True when the URL starts with an entry of the list; an entry that does not end with "/" must be followed by
     * the end, "/", "?" so that "https://data.example.org" does not allow "https://data.example.org.evil.example".
     */
    static boolean isOnList(String url, List<String> allowed) {
        for (String entry : allowed) {
            String prefix = entry.strip();
            if (!prefix.toLowerCase(Locale.ROOT).startsWith("https://") || !url.startsWith(prefix)) {
                continue;
            }
            if (url.length() == prefix.length() || prefix.endsWith("/")) {
                return true;
            }
            char next = url.charAt(prefix.length());
            if (next == '/' || next == '?') {
                return true;
            }
        }
        return false;
    }

    /** Downloads an allowed URL into a temporary file, within the time-outs and the size limit. */
    Path download(String url) {
        URI uri = allowedUrl(url);
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpURLConnection connection;
            try {
                connection = opener.open(uri);
                connection.setInstanceFollowRedirects(false);
                connection.setConnectTimeout((int) properties.connectTimeout().toMillis());
                connection.setReadTimeout((int) properties.readTimeout().toMillis());
                connection.setRequestProperty("Accept", "application/json, text/csv, */*");
                int status = connection.getResponseCode();
                if (status >= 300 && status < 400) {
                    String location = connection.getHeaderField("Location");
                    connection.disconnect();
                    if (location == null) {
                        throw new UserFacingException("The source answered with a redirect to nowhere.");
                    }
                    // the next hop must be on the list too
                    uri = allowedUrl(uri.resolve(location).toString());
                    continue;
                }
                if (status != 200) {
                    connection.disconnect();
                    throw new UserFacingException("The source answered HTTP " + status + ".");
                }
                try (InputStream in = connection.getInputStream()) {
                    return toTemporaryFile(in, properties.maxDownloadSize(), "download");
                } finally {
                    connection.disconnect();
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new UserFacingException(
                        "The source could not be read (" + e.getClass().getSimpleName() + ").");
            }
        }
        throw new UserFacingException("The source redirected more than " + MAX_REDIRECTS + " times.");
    }

    /** Copies an upload into a temporary file, refusing it (and deleting what was written) past the size limit. */
    Path upload(InputStream in) {
        try {
            return toTemporaryFile(in, properties.maxUploadSize(), "upload");
        } catch (IOException e) {
            throw new UserFacingException("The upload could not be saved.");
        }
    }

    DataSize maxUploadSize() {
        return properties.maxUploadSize();
    }

    private static Path toTemporaryFile(InputStream in, DataSize limit, String what) throws IOException {
        Path file = Files.createTempFile("nwd-import-", ".tmp");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > limit.toBytes()) {
                    throw new UserFacingException(
                            "The " + what + " is larger than the limit of " + readable(limit) + ".");
                }
                out.write(buffer, 0, n);
            }
            kept = true;
            return file;
        } finally {
            if (!kept) {
                Files.deleteIfExists(file);
            }
        }
    }

    static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= DataSize.ofGigabytes(1).toBytes()
                && bytes % DataSize.ofGigabytes(1).toBytes() == 0) {
            return size.toGigabytes() + " GB";
        }
        if (bytes >= DataSize.ofMegabytes(1).toBytes()) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes()) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}
