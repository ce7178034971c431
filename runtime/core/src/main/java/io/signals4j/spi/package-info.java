/**
 * Seams for integrations, not for applications: what a module that connects signals4j to another
 * component implements. Applications use {@link io.signals4j} only.
 */
package io.signals4j.spi;
