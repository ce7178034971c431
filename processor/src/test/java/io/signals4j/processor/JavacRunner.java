package io.signals4j.processor;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles sources with the processor into real directories, for tests that load the result or
 * that depend on where the output goes.
 */
final class JavacRunner {

  /** What a compilation reported. */
  record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    /** The messages of the errors, in order. */
    List<String> errors() {
      List<String> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          errors.add(d.getMessage(null));
        }
      }
      return errors;
    }
  }

  private JavacRunner() {}

  /** Compiles {@code sources} into {@code out} with {@code -Xlint:all -Werror}; fails on any diagnostic. */
  static void compile(Iterable<? extends JavaFileObject> sources, Path out, String... options) {
    Result result = run(sources, out, out, List.of(), options);
    if (!result.success() || !result.diagnostics().isEmpty()) {
      throw new AssertionError("Compilation failed: " + result.diagnostics());
    }
  }

  /**
   * Compiles with classes written to {@code classes} and sources to {@code generated}, the test's
   * class path extended by {@code classPath}, and the given processors (by default the
   * processor's own).
   */
  static Result run(
      Iterable<? extends JavaFileObject> sources,
      Path classes,
      Path generated,
      List<Path> classPath,
      String... options) {
    return run(sources, classes, generated, classPath, SignalsProcessors.all(), options);
  }

  static Result run(
      Iterable<? extends JavaFileObject> sources,
      Path classes,
      Path generated,
      List<Path> classPath,
      List<Processor> processors,
      String... options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(generated.toFile()));
      StringBuilder path = new StringBuilder(System.getProperty("java.class.path"));
      for (Path entry : classPath) {
        path.append(File.pathSeparator).append(entry);
      }
      List<String> all = new ArrayList<>(List.of("-Xlint:all", "-Werror", "-classpath", path.toString()));
      all.addAll(List.of(options));
      StringWriter output = new StringWriter();
      JavaCompiler.CompilationTask task = javac.getTask(output, files, diagnostics, all, null, sources);
      task.setProcessors(processors);
      boolean ok = task.call();
      return new Result(ok, List.copyOf(diagnostics.getDiagnostics()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
