/** A named application module that declares receivers, as an application on the module path does. */
module io.signals4j.it.modular {
  requires io.signals4j;

  provides io.signals4j.SignalRegistry with io.signals4j.it.modular.ModularSignals;
}
