package org.openiro.ssda903.port.in;

import org.openiro.authority.AuthorityCode;
import org.openiro.ssda903.Ssda903Upload;

/** An administrator loads an authority's history from its SSDA903 files: all of it, or nothing. */
public interface ImportSsda903UseCase {

    /** How many records the import made, changed and found as they were. */
    record Counts(int created, int changed, int unchanged) {
    }

    record Imported(Counts children, Counts periods, Counts placements, Counts reviews) {
    }

    /** @throws org.openiro.ssda903.ImportRefused with every problem, when there is any; nothing is kept then */
    Imported importFiles(AuthorityCode authority, Ssda903Upload files);
}
