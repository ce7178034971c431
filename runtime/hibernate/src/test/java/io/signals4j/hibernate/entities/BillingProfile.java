package io.signals4j.hibernate.entities;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** What the Django story's post_save receiver creates for a new user. */
@Entity
public class BillingProfile {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @OneToOne private User user;
  private String plan;

  protected BillingProfile() {}

  public BillingProfile(User user, String plan) {
    this.user = user;
    this.plan = plan;
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public String getPlan() {
    return plan;
  }
}
