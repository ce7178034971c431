package io.signals4j;

/**
 * A class that tests define again and again in throwaway class loaders, to get many distinct
 * sender classes that nothing but the code under test could keep alive.
 */
final class ThrowawaySender {}
