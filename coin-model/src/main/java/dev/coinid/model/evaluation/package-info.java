/** How good a model is on a labelled data set: loss, accuracy, per-class metrics, confusion matrix. */
package dev.coinid.model.evaluation;
