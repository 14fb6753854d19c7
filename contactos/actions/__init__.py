"""The use-case layer: one function per thing a person does; each owns its transaction
and returns a typed result. The command line, the dialogs and the views are adapters that
read arguments or widgets, call one action, and show its result or its refusal."""
