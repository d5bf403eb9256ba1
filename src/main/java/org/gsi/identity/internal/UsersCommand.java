package org.gsi.identity.internal;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gsi.platform.OperatorCommand;
import org.springframework.boot.ApplicationArguments;
import org.springframework.stereotype.Component;

/** {@code users add|disable|enable|reset-password|list} from the command line. */
@Component
class UsersCommand implements OperatorCommand {

    private final UserService users;
    private final UserStore store;
    private final ApplicationArguments arguments;

    UsersCommand(UserService users, UserStore store, ApplicationArguments arguments) {
        this.users = users;
        this.store = store;
        this.arguments = arguments;
    }

    @Override
    public String name() {
        return "users";
    }

    @Override
    public List<String> usage() {
        return List.of(
                "users add <username> --party=<code> --role=<viewer|officer|focal-point|administrator|secretariat-admin>"
                        + " [--name=<display name>] [--email=<address>] [--password=<password>]",
                "users disable <username>",
                "users enable <username>",
                "users reset-password <username> [--password=<password>]",
                "users list [--party=<code>]");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            usage().forEach(err::println);
            return 2;
        }
        Map<String, String> options = options();
        String operator = "operator:" + System.getProperty("user.name", "unknown");
        String sub = args.get(0);
        String username = args.size() > 1 ? args.get(1) : null;
        if (!sub.equals("list") && username == null) {
            err.println("error: name the user: users " + sub + " <username>");
            return 2;
        }
        switch (sub) {
            case "add" -> {
                var created = users.addAsOperator(
                        operator,
                        new UserService.AddUserRequest(
                                username,
                                options.get("name"),
                                options.get("email"),
                                options.get("party"),
                                options.get("role"),
                                options.get("password"),
                                null),
                        false);
                out.println("Added " + username + " (" + created.user().role().slug() + " for "
                        + created.user().partyCode() + ")");
                if (created.generatedPassword() != null) {
                    out.println("Initial password: " + created.generatedPassword());
                }
            }
            case "disable", "enable" -> {
                users.setEnabledAsOperator(operator, username, sub.equals("enable"));
                out.println((sub.equals("enable") ? "Enabled " : "Disabled ") + username);
            }
            case "reset-password" -> {
                String password = users.resetPasswordAsOperator(operator, username, options.get("password"));
                out.println("Password of " + username + " reset; the user's API tokens are revoked.");
                if (options.get("password") == null) {
                    out.println("New password: " + password);
                }
            }
            case "list" ->
                store.list(options.get("party"))
                        .forEach(u -> out.printf(
                                "%-24s %-16s %-18s %s%n",
                                u.username(), u.partyCode(), u.role().slug(), u.enabled() ? "enabled" : "disabled"));
            default -> {
                err.println("error: unknown sub-command '" + sub + "'");
                usage().forEach(err::println);
                return 2;
            }
        }
        return 0;
    }

    /** The {@code --key=value} options given on the command line. */
    private Map<String, String> options() {
        Map<String, String> out = new HashMap<>();
        for (String name : arguments.getOptionNames()) {
            List<String> values = arguments.getOptionValues(name);
            if (values != null && !values.isEmpty()) {
                out.put(name, values.get(values.size() - 1));
            }
        }
        return out;
    }
}
