package org.scorebook.model;

/** A grade and the lowest total that earns it. */
public record GradeBand(String name, double minimum) {}
