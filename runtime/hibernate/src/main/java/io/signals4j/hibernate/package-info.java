/**
 * Django's model signals ({@code django.db.models.signals}) from Hibernate ORM 7, and the
 * transaction hook that after-commit receivers wait on.
 *
 * <h2>Set-up</h2>
 *
 * <p>One property names the application's {@link io.signals4j.Signals}; Hibernate discovers {@link
 * io.signals4j.hibernate.SignalsIntegrator} and {@link
 * io.signals4j.hibernate.SignalsServiceContributor} through {@code META-INF/services}, for JPA and
 * native bootstrap alike, and no entity class changes:
 *
 * <pre>{@code
 * new PersistenceConfiguration("shop").managedClass(User.class)
 *     .property(HibernateSignals.SIGNALS, signals)
 *     .createEntityManagerFactory();
 * }</pre>
 *
 * <p>A unit without the property sends nothing. The payloads are those of {@code
 * io.signals4j.model}; {@code using} is the persistence unit name (native bootstrap: {@code
 * hibernate.session_factory_name}, or {@code "default"}).
 *
 * <h2>Senders</h2>
 *
 * <p>The sender is the mapped entity class of the instance: with {@code @Inheritance}, the
 * subclass of the instance, as Django sends the child class of a multi-table model; never a proxy
 * class, since Hibernate reports the entity behind a proxy. A {@code @MappedSuperclass} is no
 * entity and never a sender. A receiver for a parent entity hears only instances of exactly that
 * class, as in Django; declare it with {@code includeSubclasses = true} to hear every subclass.
 * Unlike Django's multi-table delete, no second pair is sent with the parent class. For {@link
 * io.signals4j.model.M2mChanged} the sender is the entity class that declares the relation.
 *
 * <h2>When each signal is sent</h2>
 *
 * <table>
 *   <caption>Hibernate and Django compared</caption>
 *   <tr><th>signal</th><th>Hibernate</th><th>Django</th></tr>
 *   <tr><td>pre_init, post_init</td><td>for each instance built from a row (find, query, lazy
 *   load, merge of a detached instance); a query of several rows sends every pre_init before the
 *   post_inits; an instance already in the session sends nothing; {@code new} sends nothing, since
 *   Hibernate never sees the constructor</td><td>in every {@code __init__}, new instances
 *   included</td></tr>
 *   <tr><td>pre_save</td><td>right before the INSERT or UPDATE: inside {@code persist()} for
 *   IDENTITY ids (and {@code merge()} of a new instance), otherwise at the flush ({@code flush()},
 *   commit, or a query that needs the table); updates always at the flush, for each instance whose
 *   attributes changed; an instance with no change sends nothing, since nothing is written;
 *   {@code merge()} of a detached instance loads the row (pre_init, post_init) and its save
 *   signals come at the flush</td><td>at the start of {@code save()}, changed or not</td></tr>
 *   <tr><td>post_save</td><td>after the statement, once the operation that wrote it is done: when
 *   the outermost {@code persist()} or {@code merge()} returns, or at the end of the flush; so in
 *   one flush every pre_save of the flush comes before the post_saves</td><td>at the end of
 *   {@code save()}, right after its own pre_save</td></tr>
 *   <tr><td>pre_delete</td><td>inside {@code remove()}, for the instance and its whole cascade,
 *   children first, before any statement (a {@code remove()} that {@code persist()} undoes
 *   before the flush has sent it); orphan removal: right before its DELETE</td><td>inside
 *   {@code delete()}, for every collected instance, before any statement</td></tr>
 *   <tr><td>post_delete</td><td>after the DELETE statements, at the end of the flush, in the
 *   order of the statements</td><td>after each model's DELETE, in reverse within a
 *   model</td></tr>
 *   <tr><td>m2m_changed</td><td>pre_ actions right before the join table is written, post_ ones
 *   at the end of the flush; {@code clear()} is a clear, removing elements one by one a remove,
 *   replacing the collection a clear then an add</td><td>inside the manager call ({@code add},
 *   {@code remove}, {@code clear}, {@code set})</td></tr>
 *   <tr><td>class_prepared</td><td>once per entity class each time a unit starts, once the
 *   factory is built</td><td>once per class, when it is defined</td></tr>
 * </table>
 *
 * <p>A commit flushes first, so the signals of that flush are sent before the database commits.
 * Everything is sent inside the transaction, as in Django: a post_save
 * for a row that is later rolled back has been sent. Receivers that must wait for the commit
 * declare {@code phase = Phase.AFTER_COMMIT}, which this module's transaction hook serves.
 *
 * <h2>What receivers may do</h2>
 *
 * <ul>
 *   <li><b>post_save, post_delete, pre_delete sent by {@code remove()}, m2m post_ actions</b> run
 *       where the session is free: they may persist, merge, remove, query and flush through
 *       {@link io.signals4j.hibernate.HibernateSignals#session()}, in the same transaction, with
 *       no extra statement. What they write at the end of a flush is flushed in turn, and its
 *       signals are sent in turn, until a flush sends nothing; ten rounds in a row end with an
 *       {@code IllegalStateException}, since a receiver that saves the instance whose post_save it
 *       handles would otherwise never stop. Signals caused by a receiver are sent after the
 *       current receivers return, first in first out.
 *   <li><b>pre_save</b> may edit the instance: the values it changes are written by the same
 *       statement, {@code @Version} entities included. For a {@code @DynamicUpdate} entity, an edit
 *       of a column that was not changing already is written by one more UPDATE in the same
 *       flush. Collections edited in pre_save are written at the next flush.
 *   <li><b>pre_save, pre_init, post_init, orphan pre_delete, m2m pre_ actions</b> run in the
 *       middle of a Hibernate operation: they may read and query (their queries do not flush),
 *       but must not write through the session.
 * </ul>
 *
 * <p>Model signals are sent with {@code send}, as Django sends them: a receiver that throws fails
 * the operation, the flush or the commit, and the transaction rolls back with nothing written.
 *
 * <h2>What sends nothing</h2>
 *
 * <ul>
 *   <li>Bulk JPQL or SQL {@code update} and {@code delete}, as Django's {@code QuerySet.update()};
 *       unlike Django's {@code QuerySet.delete()}, which sends per row. For per-row delete
 *       signals, load the rows and {@code remove()} each.
 *   <li>Changes on the inverse ({@code mappedBy}) side of a relation: Hibernate writes nothing for
 *       them. Change the owning side. {@code reverse} is therefore always false.
 *   <li>An update that changes only collections or the version: Django sends no save for an m2m
 *       change either.
 *   <li>{@code StatelessSession}: saves and deletes are sent at once; an update has {@code
 *       updateFields} null and no previous state (it writes every column without comparing);
 *       {@code origin} is the instance; no init signals, no m2m_changed, and {@code upsert}
 *       sends no save (whether it inserted is unknown). {@code HibernateSignals.session()} throws.
 *   <li>{@code raw} is always false: Hibernate has no fixture loader, and SQL load scripts send
 *       nothing.
 * </ul>
 */
package io.signals4j.hibernate;
