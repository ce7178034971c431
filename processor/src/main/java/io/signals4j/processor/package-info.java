/** The signals4j annotation processor. */
package io.signals4j.processor;
