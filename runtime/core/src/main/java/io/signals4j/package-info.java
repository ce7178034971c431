/**
 * Django's signals ({@code django.dispatch}) for Java, wired at compile time: the API that
 * applications declare receivers with, install registries with, and send through.
 *
 * <p>A <em>signal</em> is a payload type, normally a record; a <em>receiver</em> is a method
 * annotated with {@link io.signals4j.Receiver}, Django's {@code @receiver}. The signals4j
 * annotation processor checks every receiver when it compiles and writes one
 * {@link io.signals4j.SignalRegistry} per module: plain {@code switch} statements that call the
 * receivers directly, so that the runtime needs no reflection and no class-path scanning.
 *
 * <pre>{@code
 * public record OrderPlaced(long orderId, String email) {}
 *
 * final class Receipts {
 *   @Receiver(signal = OrderPlaced.class, sender = Checkout.class)
 *   static void mail(OrderPlaced order) {
 *     System.out.println("Receipt for order " + order.orderId() + " to " + order.email());
 *   }
 * }
 *
 * Signals signals = Signals.ready(SignalsRegistry.REGISTRY);   // the registry the processor wrote
 * Signal<OrderPlaced> orderPlaced = signals.signal(OrderPlaced.class);
 * orderPlaced.send(Checkout.class, new OrderPlaced(7, "ann@example.com"));
 * }</pre>
 *
 * <p>{@link io.signals4j.Signals} is what {@code AppConfig.ready()} and {@code INSTALLED_APPS} are
 * in Django: the registries an application installs, and nothing else, since nothing is global.
 * {@link io.signals4j.Signals#signal(Class)} gives the {@link io.signals4j.Signal} of a payload
 * type, which is the counterpart of a Django {@code Signal} instance: keep it, as Django code keeps
 * its module-level signals. A sender is a class, as in Django, where it is usually the model; a
 * receiver declared for a sender hears sends from exactly that class unless it asks for subclasses
 * too, and one declared without a sender hears every send.
 *
 * <p>{@link io.signals4j.Signal#send} is Django's {@code send()}: the first receiver that throws
 * stops the send with a {@link io.signals4j.ReceiverException} naming the receiver, the signal and
 * the sender. {@link io.signals4j.Signal#sendRobust} is {@code send_robust()}: every receiver runs,
 * and a failure becomes that receiver's {@link io.signals4j.Response}. {@link
 * io.signals4j.Signal#fire} is {@code send()} for hot paths: it collects no responses. Receivers
 * can also be connected at run time with {@link io.signals4j.Signal#connect}, configured by {@link
 * io.signals4j.Connect}, and run after the transaction of the send commits with {@link
 * io.signals4j.Phase}.
 *
 * <p>Integrations with persistence and web frameworks implement {@link io.signals4j.spi}; {@link
 * io.signals4j.internal} is only for the code the processor generates.
 */
package io.signals4j;
