package uk.nowrongdoor.imports.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.nowrongdoor.base.domain.UserFacingException;
import uk.nowrongdoor.security.AppRoles;
import uk.nowrongdoor.testsupport.GeoFixture;
import uk.nowrongdoor.testsupport.Staff;

/**
 * Imports run as background jobs, one of a kind at a time, from an upload within the size limit or an allowed URL.
 * The executor here starts each job on its own thread once {@link #gate} opens, so a test can look at a job that is
 * still running.
 */
@SpringBootTest(
        properties = {
            "nwd.imports.allowed-urls=https://data.example.org/oruk/",
            "nwd.imports.max-upload-size=2KB",
        })
@ActiveProfiles("test")
class ImportServiceTest {

    static volatile CountDownLatch gate = new CountDownLatch(0);
    static final AtomicReference<String> jobThread = new AtomicReference<>();

    @TestConfiguration
    static class GatedExecutor {
        @Bean
        TaskExecutor applicationTaskExecutor() {
            return task -> new Thread(() -> {
                        try {
                            gate.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        jobThread.set(Thread.currentThread().getName());
                        task.run();
                    })
                    .start();
        }
    }

    @Autowired
    ImportService imports;

    @Autowired
    GeoFixture geo;

    @AfterEach
    void cleanUp() throws InterruptedException {
        gate.countDown();
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        for (ImportKind kind : ImportKind.values()) {
            awaitFinished(kind);
        }
        Staff.signOut();
        geo.cleanUp();
    }

    private ImportJob awaitFinished(ImportKind kind) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            var job = imports.latest(kind);
            if (job.isEmpty() || !job.get().isRunning()) {
                return job.orElse(null);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    private static InputStream onspdSample() {
        return ImportServiceTest.class.getResourceAsStream("/geo/onspd-sample.csv");
    }

    @Test
    void a_postcode_upload_runs_in_the_background_one_at_a_time_and_reports_rows_and_result() throws Exception {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        gate = new CountDownLatch(1);

        var started = imports.startUpload(ImportKind.POSTCODES, onspdSample(), "onspd-sample.csv");

        assertThat(started.state())
                .as("the call returns before the import runs")
                .isEqualTo(ImportJob.State.RUNNING);
        assertThat(started.source()).isEqualTo("the uploaded file onspd-sample.csv");
        assertThatThrownBy(() -> imports.startUpload(ImportKind.POSTCODES, onspdSample(), "again.csv"))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("already running");
        gate.countDown();
        var done = awaitFinished(ImportKind.POSTCODES);

        assertThat(jobThread.get()).isNotEqualTo(Thread.currentThread().getName());
        assertThat(done.state()).isEqualTo(ImportJob.State.FINISHED);
        assertThat(done.rowsRead()).isEqualTo(10);
        assertThat(done.rowsApplied()).isEqualTo(6);
        assertThat(done.outcome()).isEqualTo("Imported 6 postcodes (4 rows skipped); 3 district centroids updated.");
    }

    @Test
    void a_feed_that_is_not_json_fails_with_its_reason_in_the_job() throws Exception {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        imports.startUpload(
                ImportKind.OPEN_REFERRAL_FEED, new ByteArrayInputStream("not json".getBytes()), "feed.json");
        var done = awaitFinished(ImportKind.OPEN_REFERRAL_FEED);
        assertThat(done.state()).isEqualTo(ImportJob.State.FAILED);
        assertThat(done.outcome()).isEqualTo("The feed is not valid JSON.");
    }

    @Test
    void an_upload_over_the_configured_limit_is_refused_and_starts_nothing() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        assertThat(imports.uploadLimit()).isEqualTo("2 KB");
        assertThatThrownBy(() ->
                        imports.startUpload(ImportKind.POSTCODES, new ByteArrayInputStream(new byte[2049]), "big.csv"))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("The upload is larger than the limit of 2 KB.");
        assertThat(imports.latest(ImportKind.POSTCODES))
                .as("nothing started")
                .map(ImportJob::source)
                .isNotEqualTo(java.util.Optional.of("the uploaded file big.csv"));
    }

    @Test
    void urls_off_the_list_file_urls_server_paths_and_internal_addresses_are_refused() {
        Staff.signIn(Staff.partnershipWide(AppRoles.ADMIN));
        var before = imports.latest(ImportKind.OPEN_REFERRAL_FEED);
        for (String refused : new String[] {
            "https://elsewhere.example.com/oruk/services",
            "file:///etc/passwd",
            "/etc/passwd",
            "http://127.0.0.1/oruk/services",
            "https://127.0.0.1/oruk/services",
            "http://data.example.org/oruk/services",
        }) {
            assertThatThrownBy(() -> imports.startFromUrl(ImportKind.OPEN_REFERRAL_FEED, refused))
                    .as(refused)
                    .isInstanceOf(UserFacingException.class)
                    .hasMessageContaining("not on the list");
        }
        assertThat(imports.latest(ImportKind.OPEN_REFERRAL_FEED))
                .as("nothing started")
                .isEqualTo(before);
    }

    @Test
    void only_admins_may_start_or_follow_imports() {
        Staff.signIn(Staff.partnershipWide(AppRoles.COORDINATOR));
        assertThatThrownBy(() -> imports.startUpload(ImportKind.POSTCODES, onspdSample(), "x.csv"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.startFromUrl(ImportKind.OPEN_REFERRAL_FEED, "https://data.example.org/oruk/"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.latest(ImportKind.POSTCODES)).isInstanceOf(AccessDeniedException.class);
    }
}
