package io.signals4j.it.demo.blog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * What every member gets on sign-up: the profile that Django tutorials create from a {@code
 * post_save} receiver.
 */
@Entity
@Table(name = "billing_profiles")
public class BillingProfile {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne private User user;
  private String plan;

  /** For Hibernate. */
  protected BillingProfile() {}

  /**
   * A new profile, not saved yet.
   *
   * @param user the member it belongs to
   * @param plan the billing plan
   */
  public BillingProfile(User user, String plan) {
    this.user = user;
    this.plan = plan;
  }

  /**
   * The member it belongs to.
   *
   * @return the user
   */
  public User getUser() {
    return user;
  }

  /**
   * The billing plan.
   *
   * @return the plan's name
   */
  public String getPlan() {
    return plan;
  }

  @Override
  public String toString() {
    return "BillingProfile of " + user;
  }
}
