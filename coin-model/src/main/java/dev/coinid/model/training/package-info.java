/**
 * What happens while a model trains: early stopping, listeners (progress bar, logging,
 * cancellation) and the control they steer a run with, per-epoch results and the training history.
 */
package dev.coinid.model.training;
