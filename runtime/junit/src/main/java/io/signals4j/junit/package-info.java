/** Test helpers for code that sends signals: a JUnit Jupiter extension. */
package io.signals4j.junit;
