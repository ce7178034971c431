/**
 * The payloads of Django's model signals ({@code django.db.models.signals}): {@link PreInit},
 * {@link PostInit}, {@link PreSave}, {@link PostSave}, {@link PreDelete}, {@link PostDelete},
 * {@link M2mChanged} and {@link ClassPrepared}.
 *
 * <p>Each is a record, generic in the model type, and sent with the model class as sender, so
 * that a declared receiver is checked when it compiles:
 *
 * <pre>{@code
 * @Receiver(signal = PostSave.class, sender = User.class)
 * static void createBillingProfile(PostSave<User> saved) { ... }
 * }</pre>
 *
 * <p>This package only defines the payloads; an emitter module sends them. The Hibernate module
 * ({@code signals4j-hibernate}) documents exactly when each is sent and how its components are
 * filled. Collections and maps in a payload are immutable copies; components documented as
 * "null when ..." are the only ones that may be null.
 */
package io.signals4j.model;
