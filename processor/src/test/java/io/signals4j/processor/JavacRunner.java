package io.signals4j.processor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Compiles sources with the processor into a directory, for tests that load the result. */
final class JavacRunner {

  private JavacRunner() {}

  /** Compiles {@code sources} into {@code out} with {@code -Xlint:all -Werror}; fails on any diagnostic. */
  static void compile(Iterable<? extends JavaFileObject> sources, Path out, String... options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      Files.createDirectories(out);
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
      List<String> all =
          new java.util.ArrayList<>(
              List.of("-Xlint:all", "-Werror", "-classpath", System.getProperty("java.class.path")));
      all.addAll(List.of(options));
      StringWriter output = new StringWriter();
      JavaCompiler.CompilationTask task = javac.getTask(output, files, diagnostics, all, null, sources);
      task.setProcessors(List.of(new SignalsProcessor()));
      boolean ok = task.call();
      if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
        throw new AssertionError("Compilation failed: " + output + diagnostics.getDiagnostics());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
