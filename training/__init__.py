"""Data adapters, training and evaluation of the stance cross-encoder."""
