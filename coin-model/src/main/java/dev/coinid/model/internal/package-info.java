/** Not API: coin-model's shared plumbing (its one Jackson mapper), used across its packages. */
package dev.coinid.model.internal;
