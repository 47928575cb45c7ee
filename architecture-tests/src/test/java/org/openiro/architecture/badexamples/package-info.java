/**
 * Deliberately broken code, one subpackage per rule of architecture.md. Nothing here is part of the service: the
 * real import leaves test classes out, and {@code ArchitectureRulesCatchBadExamplesTest} checks that each rule,
 * built by the same method as for the real code, fails on these classes for the reason it should.
 */
package org.openiro.architecture.badexamples;
