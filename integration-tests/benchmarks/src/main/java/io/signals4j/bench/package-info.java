/**
 * JMH benchmarks of signals4j against direct calls and the event buses Java developers use: run
 * them with {@code java -jar integration-tests/benchmarks/target/benchmarks.jar [quick|full]}.
 * Every class is measured in the same run, so that the ratios between them hold on a noisy
 * machine.
 */
package io.signals4j.bench;
