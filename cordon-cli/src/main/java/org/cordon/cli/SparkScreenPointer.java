package org.cordon.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spark-screen} as the main jar sees it. The command itself lives in the cordon-spark module,
 * whose Spark runtime (about 250 MB) this jar must not carry; the {@code ./cordon} launcher sends
 * {@code spark-screen} there. This entry lists the command in {@code cordon --help} and tells anyone
 * who runs the jar directly where to go.
 */
@Command(name = "spark-screen",
        description = {"Screen a customer table (CSV or Parquet) on Apache Spark with the same matcher and output as screen-file.",
                "Runs from the cordon-spark module: `./cordon spark-screen IN --out OUT.csv [--lists DIR] [--since-lists OLD_DIR]`",
                "(local mode), or spark-submit --class org.cordon.spark.SparkScreenCommand (see docs/spark.md).",
                "`./cordon spark-screen --help` lists its options."})
public final class SparkScreenPointer implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> args;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("cordon: spark-screen is not in this jar (it would carry Spark); run it through the "
                + "./cordon launcher (./cordon spark-screen ...) or spark-submit --class org.cordon.spark.SparkScreenCommand "
                + "cordon-spark/target/cordon-spark.jar; see docs/spark.md");
        return ExitCodes.USAGE;
    }
}
