package uk.nowrongdoor.imports.service;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import uk.nowrongdoor.api.OpenReferralFeedImport;
import uk.nowrongdoor.base.domain.Progress;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.geo.service.PostcodeDirectoryImport;
import uk.nowrongdoor.security.AppRoles;

/**
 * Runs the open data imports as background jobs on the application's task executor, never on a screen's thread.
 * The data comes from an upload or an allowed URL ({@link ImportSources}); one import of each kind runs at a time,
 * and the latest job of each kind is kept here, so an admin who leaves the screen finds it again on return. Admins
 * only; the job runs as the admin who started it.
 */
@Service
public class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    private final ImportSources sources;
    private final PostcodeDirectoryImport postcodes;
    private final OpenReferralFeedImport feed;
    private final TaskExecutor executor;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;
    private final Map<ImportKind, AtomicReference<@Nullable RunningJob>> jobs = new EnumMap<>(ImportKind.class);

    ImportService(
            ImportSources sources,
            PostcodeDirectoryImport postcodes,
            OpenReferralFeedImport feed,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ObjectProvider<SecurityContextHolderStrategy> security,
            Clock clock) {
        this.sources = sources;
        this.postcodes = postcodes;
        this.feed = feed;
        this.executor = executor;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
        for (ImportKind kind : ImportKind.values()) {
            jobs.put(kind, new AtomicReference<>());
        }
    }

    /** Saves the upload to a temporary file (refused past the size limit), then imports it in the background. */
    @RolesAllowed(AppRoles.ADMIN)
    public ImportJob startUpload(ImportKind kind, InputStream upload, String fileName) {
        refuseWhileRunning(kind);
        Path file = sources.upload(upload);
        try {
            return start(kind, "the uploaded file " + fileName, () -> file);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    /** Checks the URL against the allow-list now, then downloads and imports it in the background. */
    @RolesAllowed(AppRoles.ADMIN)
    public ImportJob startFromUrl(ImportKind kind, String url) {
        String checked = sources.allowedUrl(url).toString();
        return start(kind, checked, () -> sources.download(checked));
    }

    /** The running or latest finished import of this kind since the application started. */
    @RolesAllowed(AppRoles.ADMIN)
    public Optional<ImportJob> latest(ImportKind kind) {
        RunningJob job = jobs.get(kind).get();
        return job == null ? Optional.empty() : Optional.of(job.snapshot());
    }

    /** The upload size limit, as people read it ("2 GB"). */
    @RolesAllowed(AppRoles.ADMIN)
    public String uploadLimit() {
        return ImportSources.readable(sources.maxUploadSize());
    }

    @RolesAllowed(AppRoles.ADMIN)
    public long uploadLimitBytes() {
        return sources.maxUploadSize().toBytes();
    }

    private void refuseWhileRunning(ImportKind kind) {
        RunningJob current = jobs.get(kind).get();
        if (current != null && current.isRunning()) {
            throw new UserFacingException(
                    "An import of the " + kind.label() + " is already running. Wait for it" + " to finish.");
        }
    }

    private ImportJob start(ImportKind kind, String source, Supplier<Path> data) {
        Authentication who = security.getContext().getAuthentication();
        var job = new RunningJob(kind, source, clock.instant());
        AtomicReference<@Nullable RunningJob> slot = jobs.get(kind);
        RunningJob previous = slot.get();
        if ((previous != null && previous.isRunning()) || !slot.compareAndSet(previous, job)) {
            throw new UserFacingException(
                    "An import of the " + kind.label() + " is already running. Wait for it" + " to finish.");
        }
        try {
            executor.execute(() -> run(job, data, who));
        } catch (TaskRejectedException e) {
            job.fail("The import could not be started: the server is too busy. Try again in a minute.", clock);
        }
        return job.snapshot();
    }

    private void run(RunningJob job, Supplier<Path> data, @Nullable Authentication who) {
        var context = security.createEmptyContext();
        context.setAuthentication(who);
        security.setContext(context);
        Path file = null;
        try {
            file = data.get();
            try (InputStream in = Files.newInputStream(file)) {
                switch (job.kind) {
                    case POSTCODES -> {
                        var s = postcodes.importPostcodeDirectory(in, job);
                        job.finish(
                                "Imported " + s.imported() + " postcodes (" + s.skipped() + " rows skipped); "
                                        + s.districts() + " district centroids updated.",
                                List.of(),
                                clock);
                    }
                    case OPEN_REFERRAL_FEED -> {
                        var r = feed.importFeed(in, job.source, job);
                        job.finish(
                                r.newListings() + " new services and " + r.changes()
                                        + " changes are waiting for moderation; " + r.unchanged() + " unchanged, "
                                        + r.errors().size() + " refused.",
                                java.util.stream.Stream.concat(r.errors().stream(), r.notes().stream())
                                        .map(e -> e.id() + ": " + e.message())
                                        .toList(),
                                clock);
                    }
                }
            }
        } catch (UserFacingException e) {
            job.fail(e.getMessage(), clock);
        } catch (IOException | RuntimeException e) {
            // no free text from the data in the log: the kind of import and the exception's class only
            LOG.warn("The {} import failed ({})", job.kind, e.getClass().getName());
            job.fail("The import failed. The log says when; try again or ask for help.", clock);
        } finally {
            if (file != null) {
                deleteQuietly(file);
            }
            security.clearContext();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("A temporary import file could not be deleted");
        }
    }

    /** A job's state, written by its background thread and read by screens. */
    private static final class RunningJob implements Progress {
        final ImportKind kind;
        final String source;
        final Instant startedAt;
        private volatile int read;
        private volatile int applied;
        private volatile ImportJob.State state = ImportJob.State.RUNNING;
        private volatile @Nullable Instant finishedAt;
        private volatile @Nullable String outcome;
        private volatile List<String> problems = List.of();

        RunningJob(ImportKind kind, String source, Instant startedAt) {
            this.kind = kind;
            this.source = source;
            this.startedAt = startedAt;
        }

        @Override
        public void rows(int read, int applied) {
            this.read = read;
            this.applied = applied;
        }

        boolean isRunning() {
            return state == ImportJob.State.RUNNING;
        }

        void finish(String what, List<String> refused, Clock clock) {
            this.problems = List.copyOf(new ArrayList<>(refused));
            this.outcome = what;
            this.finishedAt = clock.instant();
            this.state = ImportJob.State.FINISHED;
        }

        void fail(String why, Clock clock) {
            this.outcome = why;
            this.finishedAt = clock.instant();
            this.state = ImportJob.State.FAILED;
        }

        ImportJob snapshot() {
            return new ImportJob(kind, source, state, read, applied, startedAt, finishedAt, outcome, problems);
        }
    }
}
