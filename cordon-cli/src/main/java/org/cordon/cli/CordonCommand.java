package org.cordon.cli;

import java.io.PrintWriter;
import java.util.List;
import org.cordon.lists.ListFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cordon} command: screening against the official sanctions lists from the command line. */
@Command(name = "cordon", mixinStandardHelpOptions = true, version = "cordon 0.1.0",
        description = {"Sanctions screening against the UN, OFAC, EU and UK lists.",
                "Lists are read from --lists DIR, else $CORDON_LISTS, else ../shared/data/lists."})
public final class CordonCommand implements Runnable {

    /** The subcommands, in the order help lists them. */
    static final List<Class<?>> COMMANDS = List.of(
            ListsCommand.class,
            ScreenCommand.class,
            ScreenFileCommand.class,
            SparkScreenPointer.class,
            ExportCommand.class,
            RescreenCommand.class,
            AlertsCommand.class,
            AssignCommand.class,
            NoteCommand.class,
            DecideCommand.class,
            ApproveCommand.class,
            GoodGuysCommand.class,
            AuditCommand.class,
            KeysCommand.class,
            ConfigCommand.class,
            ScorePairsCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            ServeCommand.class,
            ScanCommand.class,
            ScanPaymentCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        ScreeningContext.mainStartedMillis = System.currentTimeMillis();
        // Readers log what they pass over (e.g. OFAC remark rows for records not in the file) on one line each.
        System.setProperty("java.util.logging.SimpleFormatter.format", "cordon: %4$s: %5$s%n");
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return newCommandLine(args.length > 0 ? args[0] : null).execute(args);
    }

    /** The command line with every subcommand. */
    public static CommandLine newCommandLine() {
        return newCommandLine(null);
    }

    /**
     * The command line for a run whose first argument is {@code first}: when it names a subcommand
     * (other than help), only that one is built. picocli reads every subcommand's options by
     * reflection when it is added, about 100 ms for all of them at start-up, a tenth of a restart;
     * a run of one command needs one. Anything else (no argument, an option, help, a typo) gets them
     * all, so usage and suggestions are complete.
     */
    static CommandLine newCommandLine(String first) {
        CommandLine cl = new CommandLine(new CordonCommand());
        Class<?> only = null;
        for (Class<?> c : COMMANDS) {
            if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(first)) only = c;
        }
        for (Class<?> c : COMMANDS) {
            if (only == null || c == only) cl.addSubcommand(c);
        }
        // after the subcommands: picocli hands the handler to the subcommands present when it is set
        cl.setExecutionExceptionHandler(CordonCommand::handle);
        return cl;
    }

    /** Input faults are the user's to fix: print the message (file, line, what was expected), not a stack trace. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ListFormatException || e instanceof InputException) {
            err.println("cordon: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof java.io.IOException) {
            err.println("cordon: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof org.cordon.store.StoreException) {
            // Refusals (four-eyes, closed alert) and an unreachable store: the message says what to do.
            err.println("cordon: " + e.getMessage());
            return e instanceof org.cordon.store.RefusedException ? ExitCodes.USAGE : ExitCodes.BAD_INPUT;
        }
        if (e instanceof IllegalArgumentException) {
            err.println("cordon: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("cordon: internal error: " + e);
        e.printStackTrace(err);
        return ExitCodes.INTERNAL;
    }
}
