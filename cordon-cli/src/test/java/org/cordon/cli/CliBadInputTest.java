package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through the CLI: a clear message naming file and line, exit code 2, never a stack trace. */
class CliBadInputTest {

    @TempDir
    Path dir;

    @Test
    void emptyListDirectory() {
        var r = CliRealListsTest.run("screen", "x", "--lists", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no list files found").doesNotContain("at org.");
    }

    @Test
    void unknownFileInListDirectory() throws Exception {
        Files.writeString(dir.resolve("notes.dat"), "hello world\n");
        var r = CliRealListsTest.run("lists", "--lists", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("notes.dat").contains("unrecognised");
    }

    @Test
    void screenFileWithoutNameColumnNamesTheHeader() throws Exception {
        Path list = dir.resolve("lists");
        Files.createDirectories(list);
        Files.writeString(list.resolve("inhouse.csv"), "id,name\n1,ACME WIDGETS\n");
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,fullname\n1,Acme\n");
        var r = CliRealListsTest.run("screen-file", in.toString(), "--lists", list.toString(), "--out", dir.resolve("o.csv").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("in.csv:1").contains("id and name");
    }

    @Test
    void unknownSchemaOption() throws Exception {
        Path list = dir.resolve("lists");
        Files.createDirectories(list);
        Files.writeString(list.resolve("inhouse.csv"), "id,name\n1,ACME WIDGETS\n");
        var r = CliRealListsTest.run("screen", "Acme", "--schema", "Spaceship", "--lists", list.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--schema").contains("Spaceship");
    }
}
