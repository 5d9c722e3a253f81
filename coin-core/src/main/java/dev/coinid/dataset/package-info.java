/** Labelled data sets: reading them from folders, grouping and splitting them. */
package dev.coinid.dataset;
