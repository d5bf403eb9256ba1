package org.gsi.earlywarning.internal.ingest;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable job that imports an uploaded event file: its id is the import job's, so a file is queued once; the
 * node that claims it runs it, and a node that takes it over after another stopped goes on from the last committed
 * chunk.
 */
@Configuration(proxyBeanMethods = false)
class EventImportJobs {

    static final TaskDescriptor<Void> IMPORT = TaskDescriptor.of("earlywarning-event-import");

    @Bean
    OneTimeTask<Void> eventImportJob(EventImportService imports) {
        return task(imports, (c, n, r, w) -> {});
    }

    /** The job, telling {@code observer} of every chunk it commits (a test stops a node there). */
    static OneTimeTask<Void> task(EventImportService imports, EventImporter.ChunkListener observer) {
        return Tasks.oneTime(IMPORT)
                .execute((instance, context) -> imports.runQueued(UUID.fromString(instance.getId()), observer));
    }
}
