"""The use-case layer: one function per thing a person does; each owns its transaction and
returns a typed result."""
