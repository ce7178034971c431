package io.signals4j.it.app;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.util.ServiceLoader;

/** Deliberately does everything the readiness checks forbid, to prove that they notice. */
final class Reflective {

  private Reflective() {}

  static Object everythingForbidden() throws Exception {
    Class<?> type = Class.forName("java.lang.String");
    Method method = type.getMethod("length");
    ServiceLoader<Runnable> loader = ServiceLoader.load(Runnable.class);
    return method.invoke("x").toString() + loader + MethodHandles.lookup()
        + Reflective.class.getClassLoader().getResources("META-INF");
  }
}
