package org.openiro.ssda903.port.out;

import org.openiro.ssda903.Ssda903Files;
import org.openiro.ssda903.Ssda903Upload;

/** Reads a return's files, as sent, into typed rows: the CSV and its dates are the adapter's. */
public interface Ssda903Reader {

    Ssda903Files read(Ssda903Upload upload);
}
