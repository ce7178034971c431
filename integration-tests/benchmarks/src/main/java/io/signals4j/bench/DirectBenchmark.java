package io.signals4j.bench;

import io.signals4j.bench.model.Hundred;
import io.signals4j.bench.model.One;
import io.signals4j.bench.model.Ten;
import io.signals4j.bench.receivers.HundredReceivers;
import io.signals4j.bench.receivers.OneReceivers;
import io.signals4j.bench.receivers.TenReceivers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baselines: the measured receivers called by hand, and through a loop over an array of
 * listener interfaces, the way a hand-written observer list calls them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = Headline.WARMUP_ITERATIONS, time = 1)
@Measurement(iterations = Headline.MEASUREMENT_ITERATIONS, time = 1)
@Fork(Headline.FORKS)
@State(Scope.Thread)
public class DirectBenchmark {

  /** A hand-written observer interface for one event type. */
  @FunctionalInterface
  public interface OneListener {
    /** Receives an event. */
    void on(One event);
  }

  /** The same for the other event type. */
  @FunctionalInterface
  public interface TenListener {
    /** Receives an event. */
    void on(Ten event);
  }

  private final OneReceivers one = new OneReceivers();
  private final TenReceivers ten = new TenReceivers();
  private final HundredReceivers hundred = new HundredReceivers();
  private final One onePayload = new One(1);
  private final Ten tenPayload = new Ten(1);
  private final Hundred hundredPayload = new Hundred(1);
  private final OneListener[] oneListeners = {one::on0};

  // Ten method references are ten classes: a real observer list is megamorphic, and so is this.
  private final TenListener[] tenListeners = {
    ten::on0, ten::on1, ten::on2, ten::on3, ten::on4, ten::on5, ten::on6, ten::on7, ten::on8,
    ten::on9,
  };

  @Benchmark
  public void direct1() {
    one.on0(onePayload);
  }

  @Benchmark
  public void direct10() {
    Ten payload = tenPayload;
    ten.on0(payload);
    ten.on1(payload);
    ten.on2(payload);
    ten.on3(payload);
    ten.on4(payload);
    ten.on5(payload);
    ten.on6(payload);
    ten.on7(payload);
    ten.on8(payload);
    ten.on9(payload);
  }

  @Benchmark
  public void direct100() {
    Hundred payload = hundredPayload;
    hundred.on0(payload);
    hundred.on1(payload);
    hundred.on2(payload);
    hundred.on3(payload);
    hundred.on4(payload);
    hundred.on5(payload);
    hundred.on6(payload);
    hundred.on7(payload);
    hundred.on8(payload);
    hundred.on9(payload);
    hundred.on10(payload);
    hundred.on11(payload);
    hundred.on12(payload);
    hundred.on13(payload);
    hundred.on14(payload);
    hundred.on15(payload);
    hundred.on16(payload);
    hundred.on17(payload);
    hundred.on18(payload);
    hundred.on19(payload);
    hundred.on20(payload);
    hundred.on21(payload);
    hundred.on22(payload);
    hundred.on23(payload);
    hundred.on24(payload);
    hundred.on25(payload);
    hundred.on26(payload);
    hundred.on27(payload);
    hundred.on28(payload);
    hundred.on29(payload);
    hundred.on30(payload);
    hundred.on31(payload);
    hundred.on32(payload);
    hundred.on33(payload);
    hundred.on34(payload);
    hundred.on35(payload);
    hundred.on36(payload);
    hundred.on37(payload);
    hundred.on38(payload);
    hundred.on39(payload);
    hundred.on40(payload);
    hundred.on41(payload);
    hundred.on42(payload);
    hundred.on43(payload);
    hundred.on44(payload);
    hundred.on45(payload);
    hundred.on46(payload);
    hundred.on47(payload);
    hundred.on48(payload);
    hundred.on49(payload);
    hundred.on50(payload);
    hundred.on51(payload);
    hundred.on52(payload);
    hundred.on53(payload);
    hundred.on54(payload);
    hundred.on55(payload);
    hundred.on56(payload);
    hundred.on57(payload);
    hundred.on58(payload);
    hundred.on59(payload);
    hundred.on60(payload);
    hundred.on61(payload);
    hundred.on62(payload);
    hundred.on63(payload);
    hundred.on64(payload);
    hundred.on65(payload);
    hundred.on66(payload);
    hundred.on67(payload);
    hundred.on68(payload);
    hundred.on69(payload);
    hundred.on70(payload);
    hundred.on71(payload);
    hundred.on72(payload);
    hundred.on73(payload);
    hundred.on74(payload);
    hundred.on75(payload);
    hundred.on76(payload);
    hundred.on77(payload);
    hundred.on78(payload);
    hundred.on79(payload);
    hundred.on80(payload);
    hundred.on81(payload);
    hundred.on82(payload);
    hundred.on83(payload);
    hundred.on84(payload);
    hundred.on85(payload);
    hundred.on86(payload);
    hundred.on87(payload);
    hundred.on88(payload);
    hundred.on89(payload);
    hundred.on90(payload);
    hundred.on91(payload);
    hundred.on92(payload);
    hundred.on93(payload);
    hundred.on94(payload);
    hundred.on95(payload);
    hundred.on96(payload);
    hundred.on97(payload);
    hundred.on98(payload);
    hundred.on99(payload);
  }

  @Benchmark
  public void interfaceLoop1() {
    for (OneListener listener : oneListeners) {
      listener.on(onePayload);
    }
  }

  @Benchmark
  public void interfaceLoop10() {
    for (TenListener listener : tenListeners) {
      listener.on(tenPayload);
    }
  }
}
