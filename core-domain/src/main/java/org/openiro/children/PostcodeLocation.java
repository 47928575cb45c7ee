package org.openiro.children;

/**
 * Where a postcode lies, and whether in England.
 *
 * @param inEngland null when the directory does not say
 */
public record PostcodeLocation(GridReference point, Boolean inEngland) {
}
