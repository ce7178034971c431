package io.signals4j.processor;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which output directories are taken for those of a module's tests. */
class CompilationOutputTest {

  @ParameterizedTest
  @CsvSource({
    "/work/shop/target/test-classes, true",
    "/work/shop/target/generated-test-sources/test-annotations, true",
    "/work/shop/build/classes/java/test, true",
    "/work/shop/build/classes/java/integrationTest, true",
    "/work/shop/build/generated/sources/annotationProcessor/java/test, true",
    "/work/shop/out/test/shop, true",
    "/work/shop/target/classes, false",
    "/work/shop/target/generated-sources/annotations, false",
    "/work/shop/build/classes/java/main, false",
    "/work/shop/out/production/shop, false",
    "/work/test/shop/target/classes, false",
    "/work/shop/build/classes/java/testFixtures, false",
  })
  void testOutputIsRecognizedByTheBuildToolsConventions(String path, boolean tests) {
    List<String> segments = List.of(path.substring(1).split("/"));
    assertThat(CompilationOutput.isTestDirectory(segments)).isEqualTo(tests);
  }
}
