/** Pictures: the {@link dev.coinid.image.RgbImage} type, decoding, orientation and resizing. */
package dev.coinid.image;
