/**
 * Reading a workbook: opening it safely (never writing back to the input), finding sheets and columns
 * by name, and turning cells into the model's values. The only package besides {@code write} that
 * knows POI.
 */
package org.scorebook.read;
