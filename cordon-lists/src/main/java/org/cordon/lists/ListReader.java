package org.cordon.lists;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.cordon.model.SanctionsList;

/**
 * Reads one list from its files into entities. A reader never returns a partly read list: any fault
 * is a {@link ListFormatException} naming the file, line and what was expected, so that a bad file
 * can never replace good data.
 */
public interface ListReader {

    /**
     * @param files the files of one list: one XML or CSV file, or the parts of an OFAC legacy CSV set
     *              (primary, alt, add, comments) in any order
     */
    SanctionsList read(List<Path> files) throws IOException, ListFormatException;
}
