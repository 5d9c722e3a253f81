/**
 * Pixel arithmetic that several coinid modules share (luminance, Sobel gradient, Gaussian blur):
 * not part of the API. The module exports it to coinid's own modules only.
 */
package dev.coinid.image.internal;
