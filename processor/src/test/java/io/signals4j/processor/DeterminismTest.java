package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The same sources in any order give byte-identical output, so builds are reproducible. */
class DeterminismTest {

  @Test
  void sourceOrderDoesNotChangeTheOutput() {
    List<JavaFileObject> sources = new ArrayList<>(TestSources.sources("good/senders"));
    sources.addAll(TestSources.sources("good/instances"));
    Compilation forward = TestSources.compile(sources);
    Collections.reverse(sources);
    Compilation backward = TestSources.compile(sources);
    for (String file :
        List.of(
            "com/example/SignalsRegistry.java",
            "META-INF/signals4j/com.example.SignalsRegistry.json",
            "META-INF/signals4j/com.example.SignalsRegistry.txt",
            "META-INF/services/io.signals4j.SignalRegistry")) {
      assertThat(TestSources.generated(backward, file)).isEqualTo(TestSources.generated(forward, file));
    }
  }
}
