"""Resource methods: thin mixins over ClientCore, one module per API area."""
