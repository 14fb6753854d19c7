"""Benchmarks of Contactos against the floor of the same work done in bare SQL."""
