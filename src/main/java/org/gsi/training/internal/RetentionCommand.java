package org.gsi.training.internal;

import java.io.PrintStream;
import java.util.List;
import org.gsi.platform.OperatorCommand;
import org.springframework.stereotype.Component;

/** {@code trainees anonymise}: anonymises now the trainees whose retention period has passed. */
@Component
class RetentionCommand implements OperatorCommand {

    private final TraineeRetention retention;

    RetentionCommand(TraineeRetention retention) {
        this.retention = retention;
    }

    @Override
    public String name() {
        return "trainees";
    }

    @Override
    public List<String> usage() {
        return List.of("trainees anonymise   (personal data of courses ended longer ago than gsi.training.retention)");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.equals(List.of("anonymise"))) {
            usage().forEach(u -> err.println("usage: java -jar gsi-platform.jar " + u));
            return 2;
        }
        int done = retention.anonymiseExpired("operator:" + System.getProperty("user.name", "unknown"));
        out.printf("%d trainees anonymised (retention %s)%n", done, retention.retention());
        return 0;
    }
}
