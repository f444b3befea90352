package uk.nowrongdoor.operations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/** With several nodes, a job without a lock would run on each of them (twice the reminders, twice the emails). */
@AnalyzeClasses(packages = "uk.nowrongdoor", importOptions = ImportOption.DoNotIncludeTests.class)
class ScheduledJobsTest {

    @ArchTest
    static final ArchRule every_scheduled_job_takes_a_lock_so_it_runs_on_one_node_at_a_time = methods()
            .that()
            .areAnnotatedWith(Scheduled.class)
            .should()
            .beAnnotatedWith(SchedulerLock.class)
            .allowEmptyShould(true);

    /**
     * ShedLock's method proxy refuses a locked method that returns a primitive (it has nothing to return when another
     * node holds the lock): the job then fails at every turn with LockingNotSupportedException and never runs.
     */
    @ArchTest
    static final ArchRule every_locked_job_returns_nothing_so_shedlock_can_skip_it = methods()
            .that()
            .areAnnotatedWith(SchedulerLock.class)
            .should()
            .haveRawReturnType(void.class)
            .allowEmptyShould(true);
}
