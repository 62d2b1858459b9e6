package org.cordon.lists.eu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cordon.lists.ListFormatException;
import org.cordon.lists.ListReader;
import org.cordon.model.SanctionsList;

/** Placeholder until the reader lands. */
public final class EuXmlReader implements ListReader {
    @Override
    public SanctionsList read(List<Path> files) throws IOException, ListFormatException {
        throw new ListFormatException(files.getFirst(), 0, "reader not implemented yet");
    }
}
